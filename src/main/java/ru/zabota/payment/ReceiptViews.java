package ru.zabota.payment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.common.NotFoundException;
import ru.zabota.common.PageOf;
import ru.zabota.people.Person;
import ru.zabota.people.PersonRepository;
import ru.zabota.people.PersonalDataAccessLog;
import ru.zabota.registry.BankDetails;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.security.Acting;
import ru.zabota.security.PortalRole;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the pages and the API show of receipts, and who may see one: the citizen it is issued to (or their legal
 * representative acting for them) and the employees of the provider organisation; to anybody else it does not exist.
 */
@Component
public class ReceiptViews {
    public static final int PAGE_SIZE = 10;

    private final ReceiptRepository receipts;
    private final PersonRepository people;
    private final ProviderRepository providers;
    private final PersonalDataAccessLog accessLog;
    private final MessageSource messages;
    private final Clock clock;

    public ReceiptViews(ReceiptRepository receipts, PersonRepository people, ProviderRepository providers,
                        PersonalDataAccessLog accessLog, MessageSource messages, Clock clock) {
        this.receipts = receipts;
        this.people = people;
        this.providers = providers;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    public record Status(String code, String label) {
    }

    public record Payer(Long personId, String fullName, LocalDate birthDate, String address) {
    }

    public record Payee(String name, String inn, String recipient, String bankName, String bik, String account,
                        String correspondentAccount) {
    }

    public record ReceiptView(Long id, String number, String status, String statusLabel, Long catalogContractId,
                              String contractNumber, String contractUrl, Long providerId, String providerName, Payer payer,
                              String serviceTitle, BigDecimal quantity, String unitLabel, BigDecimal amount,
                              OffsetDateTime issuedAt, OffsetDateTime decidedAt, String decidedBy, String rejectReason,
                              Payee payee, String qrPayload, String qrUrl, String documentUrl, boolean mayDecide) {
    }

    public record ReceiptRow(Long id, String number, String status, String statusLabel, Long catalogContractId,
                             String contractNumber, String contractUrl, String counterpart, String serviceTitle,
                             BigDecimal amount, OffsetDateTime issuedAt) {
    }

    public List<Status> statuses() {
        return Arrays.stream(ReceiptStatus.values()).map(s -> new Status(s.name(), label(s))).toList();
    }

    public String label(ReceiptStatus s) {
        return messages.getMessage("ReceiptStatus." + s.name(), null, s.name(), LocaleContextHolder.getLocale());
    }

    /** The acting party's receipts, newest first; {@code status} null = all. */
    @Transactional(readOnly = true)
    public PageOf<ReceiptRow> list(Acting a, ReceiptStatus status, int page, int size) {
        var request = PageOf.request(page, size);
        Collection<ReceiptStatus> statuses = status == null ? EnumSet.allOf(ReceiptStatus.class) : EnumSet.of(status);
        boolean asCitizen = a.role() == PortalRole.CITIZEN;
        if (!asCitizen && a.user().providerId() == null) return new PageOf<>(List.of(), page, size, 0, 0);
        Page<Receipt> found = asCitizen
                ? receipts.findByPersonIdAndStatusInOrderByIssuedAtDescIdDesc(a.personId(), statuses, request)
                : receipts.findByProviderIdAndStatusInOrderByIssuedAtDescIdDesc(a.user().providerId(), statuses, request);
        Map<Long, String> counterparts = asCitizen
                ? names(found, Receipt::getProviderId, ids -> providers.findAllById(ids).stream()
                        .collect(Collectors.toMap(Provider::getId, Provider::getShortName)))
                : names(found, Receipt::getPersonId, ids -> people.findAllById(ids).stream()
                        .collect(Collectors.toMap(Person::getId, Person::getFullName)));
        List<ReceiptRow> rows = found.getContent().stream().map(r -> new ReceiptRow(r.getId(), r.getNumber(), r.getStatus().name(),
                label(r.getStatus()), r.getCatalogContractId(), r.getContractNumber(), contractUrl(r),
                counterparts.get(asCitizen ? r.getProviderId() : r.getPersonId()), r.getServiceTitle(), r.getAmount(),
                moment(r.getIssuedAt()))).toList();
        return new PageOf<>(rows, found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
    }

    /** One receipt for its page or the API; a provider employee's look at the citizen's data goes to the access journal. */
    @Transactional(readOnly = true)
    public ReceiptView view(Acting a, Long id) {
        Receipt r = visible(a, id);
        Person p = people.findById(r.getPersonId()).orElseThrow();
        Provider provider = providers.findById(r.getProviderId()).orElseThrow();
        recordAccess(a, r, "Квитанция " + r.getNumber());
        BankDetails d = r.getBankDetails();
        Payee payee = new Payee(r.getPayeeName(), r.getPayeeInn(), d == null ? null : d.getRecipient(),
                d == null ? null : d.getBankName(), d == null ? null : d.getBik(), d == null ? null : d.getAccount(),
                d == null ? null : d.getCorrespondentAccount());
        return new ReceiptView(r.getId(), r.getNumber(), r.getStatus().name(), label(r.getStatus()), r.getCatalogContractId(),
                r.getContractNumber(), contractUrl(r), r.getProviderId(), provider.getFullName(),
                new Payer(p.getId(), p.getFullName(), p.getBirthDate(), p.getAddress()), r.getServiceTitle(), r.getQuantity(),
                r.getUnitLabel(), r.getAmount(), moment(r.getIssuedAt()), moment(r.getDecidedAt()), r.getDecidedBy(),
                r.getRejectReason(), payee, d == null ? null : PaymentQr.payload(r),
                d == null ? null : "/receipts/" + r.getId() + "/qr.png", "/receipts/" + r.getId() + "/document",
                mayDecide(a, r));
    }

    /** The receipt if the acting party may see it, else 404 (whether it exists is not revealed). */
    @Transactional(readOnly = true)
    public Receipt visible(Acting a, Long id) {
        Receipt r = id == null ? null : receipts.findById(id).orElse(null);
        if (r == null || !maySee(a, r)) throw new NotFoundException("Нет такой квитанции");
        return r;
    }

    /** The payment QR of a visible receipt as PNG; 404 when the provider had no bank details at issue time. */
    @Transactional(readOnly = true)
    public byte[] qrPng(Acting a, Long id, int size) {
        Receipt r = visible(a, id);
        if (r.getBankDetails() == null) throw new NotFoundException("У квитанции нет платёжных реквизитов");
        return PaymentQr.png(PaymentQr.payload(r), size);
    }

    /** The print form (DOCX) of a visible receipt; a provider employee's download goes to the access journal. */
    @Transactional(readOnly = true)
    public Printed document(Acting a, Long id) {
        Receipt r = visible(a, id);
        Person p = people.findById(r.getPersonId()).orElseThrow();
        Provider provider = providers.findById(r.getProviderId()).orElseThrow();
        recordAccess(a, r, "Печатная форма квитанции " + r.getNumber());
        return new Printed("Квитанция " + r.getNumber() + ".docx", ReceiptDocument.render(r, p, provider, label(r.getStatus())));
    }

    /** A print form and the download response of it (DOCX, attachment, not cached). */
    public record Printed(String filename, byte[] content) {
        public org.springframework.http.ResponseEntity<byte[]> response() {
            return org.springframework.http.ResponseEntity.ok()
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                            .attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                    .cacheControl(org.springframework.http.CacheControl.noStore())
                    .contentType(org.springframework.http.MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                    .body(content);
        }
    }

    static boolean maySee(Acting a, Receipt r) {
        if (a.role() == PortalRole.CITIZEN) return r.getPersonId().equals(a.personId());
        return a.user().providerId() != null && r.getProviderId().equals(a.user().providerId());
    }

    /** The organisation's head decides on a payment while the receipt is «На оплате». */
    static boolean mayDecide(Acting a, Receipt r) {
        return a.role() == PortalRole.PROVIDER && r.getProviderId().equals(a.user().providerId())
                && r.getStatus() == ReceiptStatus.ON_PAYMENT;
    }

    private void recordAccess(Acting a, Receipt r, String what) {
        if (a.role() != PortalRole.CITIZEN) {
            accessLog.record(a.user().username(), a.displayName(), r.getPersonId(), what);
        }
    }

    static String contractUrl(Receipt r) {
        return "/catalog-contracts/" + r.getCatalogContractId();
    }

    private OffsetDateTime moment(Instant i) {
        return i == null ? null : i.atZone(clock.getZone()).toOffsetDateTime();
    }

    private static Map<Long, String> names(Page<Receipt> page, Function<Receipt, Long> id, Function<Set<Long>, Map<Long, String>> load) {
        Set<Long> ids = page.getContent().stream().map(id).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : load.apply(ids);
    }
}
