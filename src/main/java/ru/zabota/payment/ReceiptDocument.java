package ru.zabota.payment;

import ru.zabota.common.Amounts;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.*;
import ru.zabota.TimeConfig;
import ru.zabota.people.Person;
import ru.zabota.registry.BankDetails;
import ru.zabota.registry.Provider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The receipt's print form (DOCX): payee with bank details, payer, service, quantity, sum, status and the payment QR. */
final class ReceiptDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(TimeConfig.REGION_ZONE);

    private ReceiptDocument() {
    }

    static byte[] render(Receipt r, Person payer, Provider provider, String statusLabel) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "КВИТАНЦИЯ № " + r.getNumber(), true, 14, ParagraphAlignment.CENTER);
            paragraph(doc, "на оплату услуги по контракту № " + r.getContractNumber() + " от " + MOMENT.format(r.getIssuedAt()),
                    false, 11, ParagraphAlignment.CENTER);
            BankDetails d = r.getBankDetails();
            XWPFTable t = doc.createTable(1, 2);
            row(t, 0, "Получатель платежа", r.getPayeeName() + (r.getPayeeInn() == null ? "" : ", ИНН " + r.getPayeeInn()));
            if (d != null) {
                row(t, -1, "Банк получателя", d.getBankName());
                row(t, -1, "БИК", d.getBik());
                row(t, -1, "Расчётный счёт", d.getAccount());
                row(t, -1, "Корреспондентский счёт", d.getCorrespondentAccount());
            }
            row(t, -1, "Поставщик услуги", provider.getFullName() + ", " + provider.getLegalAddress());
            row(t, -1, "Плательщик", payer.getFullName());
            row(t, -1, "Дата рождения", payer.getBirthDate() == null ? "—" : payer.getBirthDate().format(DAY));
            row(t, -1, "Адрес", payer.getAddress() == null ? "—" : payer.getAddress());
            row(t, -1, "Услуга", r.getServiceTitle());
            row(t, -1, "Количество", Amounts.quantity(r.getQuantity(), r.getUnitLabel()));
            row(t, -1, "Сумма к оплате", Amounts.money(r.getAmount()) + " ₽");
            row(t, -1, "Назначение платежа", PaymentQr.purpose(r));
            row(t, -1, "Статус", statusLabel + (r.getDecidedAt() == null ? "" : " (" + MOMENT.format(r.getDecidedAt()) + ", " + r.getDecidedBy() + ")"));
            if (r.getRejectReason() != null) row(t, -1, "Причина отклонения", r.getRejectReason());
            if (d != null) {
                paragraph(doc, "Отсканируйте QR-код в приложении своего банка, чтобы оплатить по реквизитам:", false, 11, ParagraphAlignment.LEFT);
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.LEFT);
                p.createRun().addPicture(new ByteArrayInputStream(PaymentQr.png(PaymentQr.payload(r), 480)),
                        Document.PICTURE_TYPE_PNG, "qr.png", Units.toEMU(170), Units.toEMU(170));
            } else {
                paragraph(doc, "Поставщик не указал банковские реквизиты: уточните способ оплаты у поставщика.", false, 11, ParagraphAlignment.LEFT);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(XWPFTable t, int index, String title, String value) {
        XWPFTableRow row = index == 0 ? t.getRow(0) : t.createRow();
        XWPFRun run = row.getCell(0).getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(title);
        row.getCell(1).setText(value);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(text);
    }
}
