package ru.zabota.payment;

import org.junit.jupiter.api.Test;
import ru.zabota.registry.BankDetails;
import ru.zabota.support.QrDecoder;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ГОСТ Р 56042-2014 payload and its PNG, read back by a QR decoder. */
class PaymentQrTest {
    static final BankDetails SBER = BankDetails.of("ООО «Социальный сервис Югры»", "ПАО Сбербанк", "044525225",
            "40702810038000017240", "30101810400000000225");

    @Test
    void thePayloadCarriesTheRequisitesInTheStandardsOrder() {
        String payload = PaymentQr.payload(SBER, "8602003340", new BigDecimal("1250.50"),
                "Оплата по контракту K-2026-000031, квитанция КВ-2026-000012");
        assertThat(payload).isEqualTo("ST00012|Name=ООО «Социальный сервис Югры»|PersonalAcc=40702810038000017240"
                + "|BankName=ПАО Сбербанк|BIC=044525225|CorrespAcc=30101810400000000225|Sum=125050"
                + "|Purpose=Оплата по контракту K-2026-000031, квитанция КВ-2026-000012|PayeeINN=8602003340");
    }

    @Test
    void separatorsAndControlCharactersInValuesCannotBreakTheFormat() {
        BankDetails tricky = BankDetails.of("ООО «А|Б»\nфилиал", "Банк\t|ВТБ|", "044525225",
                "40702810038000017240", "30101810400000000225");
        String payload = PaymentQr.payload(tricky, null, new BigDecimal("7"), "Оплата|Sum=1\r\nPurpose=x");
        assertThat(payload.split("\\|")).containsExactly("ST00012", "Name=ООО «А Б» филиал",
                "PersonalAcc=40702810038000017240", "BankName=Банк ВТБ", "BIC=044525225",
                "CorrespAcc=30101810400000000225", "Sum=700", "Purpose=Оплата Sum=1 Purpose=x");
        assertThat(payload).doesNotContain("\n", "\r", "\t", "PayeeINN");
    }

    @Test
    void longValuesAreCutToTheStandardsLimits() {
        assertThat(PaymentQr.clean("Банк".repeat(20), 45)).hasSize(45);
        assertThat(PaymentQr.kopecks(new BigDecimal("0.1"))).isEqualTo("10");
        assertThat(PaymentQr.kopecks(new BigDecimal("100"))).isEqualTo("10000");
        assertThatThrownBy(() -> PaymentQr.kopecks(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void thePngDecodesBackToTheExactPayload() {
        String payload = PaymentQr.payload(SBER, "8602003340", new BigDecimal("98765.43"),
                "Оплата по контракту K-2026-000031, квитанция КВ-2026-000012");
        byte[] png = PaymentQr.png(payload, 320);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(QrDecoder.decode(png)).isEqualTo(payload);
    }

    /** ~1 % of payloads with the encoder's own mask are misread by the detector (e.g. the first below): PaymentQr picks another mask. */
    @Test
    void manyReceiptsDecodeBack() {
        String misreadWithTheDefaultMask = "ST00012|Name=БУ «Ханты-Мансийский КЦСОН»|PersonalAcc=40702810067860100123"
                + "|BankName=Западно-Сибирский банк ПАО Сбербанк|BIC=047102651|CorrespAcc=30101810800000000651|Sum=125150"
                + "|Purpose=Оплата по контракту K-2026-000001, квитанция КВ-2026-000001|PayeeINN=8601001236";
        assertThat(QrDecoder.decode(PaymentQr.png(misreadWithTheDefaultMask, 360))).isEqualTo(misreadWithTheDefaultMask);
        BankDetails demo = BankDetails.of("БУ «Ханты-Мансийский КЦСОН»", "Западно-Сибирский банк ПАО Сбербанк", "047102651",
                BankDetails.withSettlementKey("047102651", "40702810067860100123"), "30101810800000000651");
        java.util.List<String> failed = new java.util.ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            String payload = PaymentQr.payload(demo, "8601001236", new BigDecimal("1250.50").add(new BigDecimal(i)),
                    "Оплата по контракту K-2026-%06d, квитанция КВ-2026-%06d".formatted(i % 40, i % 7));
            try {
                if (!QrDecoder.decode(PaymentQr.png(payload, 360)).equals(payload)) failed.add(payload);
            } catch (AssertionError e) {
                failed.add(payload + " " + e.getMessage());
            }
        }
        assertThat(failed).isEmpty();
    }
}
