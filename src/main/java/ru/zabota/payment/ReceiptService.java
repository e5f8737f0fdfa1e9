package ru.zabota.payment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;
import ru.zabota.people.PersonRepository;
import ru.zabota.registry.BankDetails;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * Receipts of catalog contracts (issue 12, steps 6–7): issued once per contract «На оплате», then the provider
 * confirms the payment («Оплачена») or rejects it with a reason («Отклонена»). Who may decide is checked by the caller
 * (the catalog contract's step); here the receipt's own rules: one receipt per contract, one decision per receipt.
 */
@Service
public class ReceiptService {
    public static final int MAX_REASON = 2000;

    private final ReceiptRepository receipts;
    private final ProviderRepository providers;
    private final PersonRepository people;
    private final Clock clock;

    public ReceiptService(ReceiptRepository receipts, ProviderRepository providers, PersonRepository people, Clock clock) {
        this.receipts = receipts;
        this.providers = providers;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Issues the receipt of a catalog contract «На оплате», the payee copied from the provider's card; a second call
     * for the same contract returns the receipt already issued (a parallel duplicate is refused by the unique key).
     */
    @Transactional
    public Long issue(ReceiptRequest r) {
        if (r == null || r.catalogContractId() == null) {
            throw DomainProblem.unprocessable("invalid-receipt", "Квитанция выписывается по контракту: контракт не указан");
        }
        Optional<Receipt> existing = receipts.findByCatalogContractId(r.catalogContractId());
        if (existing.isPresent()) return existing.get().getId();
        check(r);
        Provider provider = providers.findById(r.providerId())
                .orElseThrow(() -> DomainProblem.unprocessable("invalid-receipt", "Поставщик квитанции не найден"));
        if (!people.existsById(r.personId())) {
            throw DomainProblem.unprocessable("invalid-receipt", "Получатель услуги не найден");
        }
        BankDetails payee = provider.getBankDetails();
        Receipt receipt = receipts.saveAndFlush(new Receipt(r, provider.getFullName(), provider.getInn(),
                payee == null ? null : payee.copy(), clock.instant()));
        receipt.numbered(clock.getZone());
        return receipt.getId();
    }

    /** «Подтвердить оплату»: «На оплате» → «Оплачена»; in any other status 409 and nothing changes. */
    @Transactional
    public void confirmPayment(Long receiptId, String actorDisplayName) {
        Receipt r = locked(receiptId);
        requireOnPayment(r);
        r.confirm(actor(actorDisplayName), clock.instant());
    }

    /** «Отклонить» with a reason the citizen reads: «На оплате» → «Отклонена»; no reason 422, another status 409. */
    @Transactional
    public void rejectPayment(Long receiptId, String reason, String actorDisplayName) {
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.unprocessable("reason-required", "Укажите причину отклонения оплаты");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw DomainProblem.unprocessable("reason-too-long", "Причина отклонения — не длиннее " + MAX_REASON + " символов");
        }
        Receipt r = locked(receiptId);
        requireOnPayment(r);
        r.reject(reason.strip(), actor(actorDisplayName), clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<Receipt> ofCatalogContract(Long catalogContractId) {
        return catalogContractId == null ? Optional.empty() : receipts.findByCatalogContractId(catalogContractId);
    }

    @Transactional(readOnly = true)
    public Optional<Receipt> find(Long receiptId) {
        return receiptId == null ? Optional.empty() : receipts.findById(receiptId);
    }

    private Receipt locked(Long receiptId) {
        if (receiptId == null) throw new NotFoundException("Нет такой квитанции");
        return receipts.findLockedById(receiptId).orElseThrow(() -> new NotFoundException("Нет такой квитанции"));
    }

    private static void requireOnPayment(Receipt r) {
        if (r.getStatus() != ReceiptStatus.ON_PAYMENT) {
            throw DomainProblem.conflict("receipt-decided", r.getStatus() == ReceiptStatus.PAID
                    ? "Оплата по квитанции " + r.getNumber() + " уже подтверждена"
                    : "Оплата по квитанции " + r.getNumber() + " уже отклонена");
        }
    }

    private static String actor(String displayName) {
        if (displayName == null || displayName.isBlank()) throw new IllegalArgumentException("who decides must be named");
        return displayName;
    }

    private static void check(ReceiptRequest r) {
        if (r.providerId() == null || r.personId() == null) {
            throw DomainProblem.unprocessable("invalid-receipt", "В квитанции должны быть указаны поставщик и получатель услуги");
        }
        if (r.contractNumber() == null || r.contractNumber().isBlank()) {
            throw DomainProblem.unprocessable("invalid-receipt", "Укажите номер контракта");
        }
        if (r.serviceTitle() == null || r.serviceTitle().isBlank()) {
            throw DomainProblem.unprocessable("invalid-receipt", "Укажите услугу");
        }
        if (r.quantity() == null || r.quantity().signum() <= 0) {
            throw DomainProblem.unprocessable("invalid-receipt", "Количество услуги должно быть больше нуля");
        }
        if (r.amount() == null || r.amount().signum() <= 0 || r.amount().stripTrailingZeros().scale() > 2) {
            throw DomainProblem.unprocessable("invalid-receipt", "Сумма к оплате — больше нуля, в рублях с копейками");
        }
        if (r.amount().compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw DomainProblem.unprocessable("invalid-receipt", "Сумма к оплате слишком велика");
        }
        if (r.unitLabel() == null || r.unitLabel().isBlank()) {
            throw DomainProblem.unprocessable("invalid-receipt", "Укажите единицу услуги");
        }
        if (r.contractNumber().length() > 40 || r.serviceTitle().length() > 500 || r.unitLabel().length() > 100) {
            throw DomainProblem.unprocessable("invalid-receipt", "Номер контракта, услуга или единица слишком длинные");
        }
    }
}
