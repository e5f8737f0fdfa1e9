package ru.zabota.payment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import ru.zabota.registry.BankDetails;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The payment QR code of ГОСТ Р 56042-2014 («Стандарты финансовых операций. Двумерные символы штрихового кода для
 * осуществления платежей физических лиц»): the header {@code ST00012} (format 0001, UTF-8 = «2»), then the
 * mandatory requisites Name, PersonalAcc, BankName, BIC, CorrespAcc and the additional Sum (kopecks), Purpose and
 * PayeeINN, separated by «|». A «|» or a control character inside a value would break the format and is replaced by
 * a space; each value is cut to the standard's maximum length.
 */
public final class PaymentQr {
    public static final String HEADER = "ST00012";
    private static final char SEPARATOR = '|';

    private PaymentQr() {
    }

    /** The payload of a receipt; the receipt must carry the payee's bank details. */
    public static String payload(Receipt r) {
        BankDetails d = r.getBankDetails();
        if (d == null) throw new IllegalStateException("receipt " + r.getId() + " has no bank details");
        return payload(d, r.getPayeeInn(), r.getAmount(), purpose(r));
    }

    /** «Оплата по контракту K-2026-000031, квитанция КВ-2026-000012». */
    public static String purpose(Receipt r) {
        return "Оплата по контракту " + r.getContractNumber() + ", квитанция " + r.getNumber();
    }

    public static String payload(BankDetails d, String payeeInn, BigDecimal rubles, String purpose) {
        StringBuilder sb = new StringBuilder(HEADER);
        field(sb, "Name", d.getRecipient(), 160);
        field(sb, "PersonalAcc", d.getAccount(), 20);
        field(sb, "BankName", d.getBankName(), 45);
        field(sb, "BIC", d.getBik(), 9);
        field(sb, "CorrespAcc", d.getCorrespondentAccount(), 20);
        field(sb, "Sum", kopecks(rubles), 18);
        field(sb, "Purpose", purpose, 210);
        if (payeeInn != null && !payeeInn.isBlank()) field(sb, "PayeeINN", payeeInn, 12);
        return sb.toString();
    }

    /** 1250.50 ₽ → «125050». */
    public static String kopecks(BigDecimal rubles) {
        return rubles.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).toBigIntegerExact().toString();
    }

    /** A value as the format allows it: no separator, no control characters, single spaces, at most {@code max} characters. */
    static String clean(String value, int max) {
        if (value == null) return "";
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(c -> sb.appendCodePoint(c == SEPARATOR || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c));
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)).strip();
    }

    private static void field(StringBuilder sb, String key, String value, int max) {
        sb.append(SEPARATOR).append(key).append('=').append(clean(value, max));
    }

    /**
     * A PNG of the payload: error correction M, UTF-8, a quiet zone of four modules, {@code size}×{@code size} pixels.
     * The symbol is read back with a scanner's detector before it is handed out: about one payload in a hundred, with
     * the mask the encoder picks, draws a pattern the detector misreads; then the first other mask that reads back
     * exactly is used (any of the eight masks is a valid symbol of the same data).
     */
    public static byte[] png(String payload, int size) {
        BufferedImage image = image(payload, size, null);
        for (int mask = 0; mask < 8 && !readsBack(image, payload); mask++) {
            image = image(payload, size, mask);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage image(String payload, int size, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, 4);
        if (mask != null) hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size, hints);
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalStateException("payment QR could not be encoded", e);
        }
    }

    /** Whether a scanner (ZXing's detector, not the pure-symbol shortcut) reads exactly the payload from the image. */
    static boolean readsBack(BufferedImage image, String payload) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return payload.equals(new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints).getText());
        } catch (ReaderException e) {
            return false;
        }
    }
}
