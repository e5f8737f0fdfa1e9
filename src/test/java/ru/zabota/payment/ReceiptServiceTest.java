package ru.zabota.payment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.common.DomainProblem;
import ru.zabota.support.Race;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The receipt's own rules: one per catalog contract, the payee copied, one decision, a reason for a rejection. */
@ZabotaSpringTest
class ReceiptServiceTest {
    /** Catalog contract ids no other test uses (the catalog contract table comes later; the column is plain). */
    private static final AtomicLong CONTRACTS = new AtomicLong(900_000 + (System.nanoTime() % 1000) * 100);

    @Autowired
    ReceiptService receipts;
    @Autowired
    PaymentTestData data;

    @Test
    void issuedOncePerContractWithThePayeeCopiedFromTheProvider() {
        long contract = CONTRACTS.incrementAndGet();
        ReceiptRequest r = data.request(contract, "citizen", "provider", "1250.50");
        Long id = receipts.issue(r);
        assertThat(receipts.issue(r)).as("a second issue returns the first receipt").isEqualTo(id);
        Receipt receipt = receipts.find(id).orElseThrow();
        assertThat(receipt.getNumber()).matches("КВ-\\d{4}-\\d{6}").endsWith("%06d".formatted(id));
        assertThat(receipt.getStatus()).isEqualTo(ReceiptStatus.ON_PAYMENT);
        assertThat(receipt.getAmount()).isEqualByComparingTo("1250.50");
        assertThat(receipt.getBankDetails()).isNotNull();
        assertThat(receipt.getBankDetails().getBik()).hasSize(9);
        assertThat(receipts.ofCatalogContract(contract)).map(Receipt::getId).contains(id);
    }

    @Test
    void invalidRequestsAreRefusedWith422() {
        assertThatThrownBy(() -> receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "0")))
                .isInstanceOf(DomainProblem.class).extracting(e -> ((DomainProblem) e).status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThatThrownBy(() -> receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "10.001")))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void confirmingTwiceIsAConflictAndARejectionNeedsAReason() {
        Long id = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "300"));
        assertThatThrownBy(() -> receipts.rejectPayment(id, "  ", "Соколова Мария Андреевна (КЦСОН)"))
                .isInstanceOf(DomainProblem.class).extracting(e -> ((DomainProblem) e).status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(receipts.find(id).orElseThrow().getStatus()).isEqualTo(ReceiptStatus.ON_PAYMENT);
        receipts.confirmPayment(id, "Соколова Мария Андреевна (КЦСОН)");
        Receipt paid = receipts.find(id).orElseThrow();
        assertThat(paid.getStatus()).isEqualTo(ReceiptStatus.PAID);
        assertThat(paid.getDecidedBy()).isEqualTo("Соколова Мария Андреевна (КЦСОН)");
        assertThat(paid.getDecidedAt()).isNotNull();
        assertThatThrownBy(() -> receipts.confirmPayment(id, "Соколова Мария Андреевна (КЦСОН)"))
                .isInstanceOf(DomainProblem.class).extracting(e -> ((DomainProblem) e).status()).isEqualTo(HttpStatus.CONFLICT);
        assertThatThrownBy(() -> receipts.rejectPayment(id, "Деньги не поступили", "x"))
                .isInstanceOf(DomainProblem.class).extracting(e -> ((DomainProblem) e).status()).isEqualTo(HttpStatus.CONFLICT);

        Long other = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen2", "provider2", "99.90"));
        receipts.rejectPayment(other, "Деньги не поступили", "Волков Дмитрий Сергеевич (АНО)");
        Receipt rejected = receipts.find(other).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(ReceiptStatus.REJECTED);
        assertThat(rejected.getRejectReason()).isEqualTo("Деньги не поступили");
    }

    @Test
    void twoParallelConfirmationsHaveOneEffect() {
        Long id = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "500"));
        long issuedVersion = receipts.find(id).orElseThrow().getVersion();
        List<ResponseEntity<Void>> answers = Race.of(4, () -> {
            try {
                receipts.confirmPayment(id, "Соколова Мария Андреевна (КЦСОН)");
                return ResponseEntity.ok().build();
            } catch (DomainProblem e) {
                return ResponseEntity.status(e.status()).build();
            }
        });
        Race.assertOneEffectNoError(answers);
        assertThat(answers.stream().filter(a -> a.getStatusCode().is2xxSuccessful())).hasSize(1);
        assertThat(receipts.find(id).orElseThrow().getVersion()).as("one change after the issue").isEqualTo(issuedVersion + 1);
    }

    static BigDecimal rub(String s) {
        return new BigDecimal(s);
    }
}
