package ru.zabota.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import ru.zabota.common.DomainProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** БИК and the two accounts checked by the Bank of Russia's control key (weights 7-1-3). */
class BankDetailsTest {
    private static final String SBER_BIK = "044525225";
    private static final String SBER_CORR = "30101810400000000225";

    @ParameterizedTest(name = "[{index}] {0} / {1} / {2} → {3}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // bik; account; correspondent account; the field at fault (or "ok")
            "044525225; 40702810038000017240; 30101810400000000225; ok",
            "044525974; 40817810000000000001; 30101810145250000974; ok",
            "047102651; 40702810367860700223; 30101810800000000651; ok",
            "044525225; 40702810038000017241; 30101810400000000225; account",        // one digit off: key fails
            "044525225; 40702810138000017240; 30101810400000000225; account",        // the key digit itself changed
            "044525974; 40702810038000017240; 30101810145250000974; account",        // valid for Сбербанк, not for this БИК
            "044525225; 40702810038000017240; 30101810400000000226; correspondentAccount",
            "044525225; 40702810038000017240; 30101810800000000651; correspondentAccount", // another region's bank (БИК digits 5–6 differ)
            "04452522;  40702810038000017240; 30101810400000000225; bik",            // 8 digits
            "04452522X; 40702810038000017240; 30101810400000000225; bik",
            "044525225; 4070281003800001724;  30101810400000000225; account",        // 19 digits
            "044525225; 4070281003800001724a; 30101810400000000225; account",
            "044525225; 40702810038000017240; 3010181040000000022;  correspondentAccount",
            "null;      40702810038000017240; 30101810400000000225; bik",
    })
    void checksTheBikAndTheControlKeys(String bik, String account, String corr, String fault) {
        var problems = BankDetails.problems("ООО «Ромашка»", "ПАО Сбербанк", bik, account, corr);
        if (fault.equals("ok")) {
            assertThat(problems).isEmpty();
            assertThat(BankDetails.of("ООО «Ромашка»", "ПАО Сбербанк", bik, account, corr).getAccount()).isEqualTo(account);
        } else {
            assertThat(problems).containsOnlyKeys(fault);
            assertThat(problems.get(fault)).matches(".*[а-яА-Я].*");
            assertThatThrownBy(() -> BankDetails.of("ООО «Ромашка»", "ПАО Сбербанк", bik, account, corr))
                    .isInstanceOf(DomainProblem.class)
                    .extracting(e -> ((DomainProblem) e).status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Test
    void namesAreRequired() {
        assertThat(BankDetails.problems(" ", null, SBER_BIK, "40702810038000017240", SBER_CORR))
                .containsOnlyKeys("recipient", "bankName");
        assertThat(BankDetails.problems("а".repeat(301), "ПАО Сбербанк", SBER_BIK, "40702810038000017240", SBER_CORR))
                .containsOnlyKeys("recipient");
        assertThat(BankDetails.problems("ООО «Ромашка»", "Б".repeat(46), SBER_BIK, "40702810038000017240", SBER_CORR))
                .containsOnlyKeys("bankName");
        assertThat(BankDetails.problems("ООО «Ромашка»", "Б".repeat(45), SBER_BIK, "40702810038000017240", SBER_CORR)).isEmpty();
    }

    @Test
    void theDemoHelperFindsTheKeyDigit() {
        String account = BankDetails.withSettlementKey(SBER_BIK, "40702810X38000017240".replace('X', '5'));
        assertThat(account).isEqualTo("40702810038000017240");
        assertThat(BankDetails.settlementAccountKeyValid(SBER_BIK, account)).isTrue();
    }
}
