package ru.zabota.contract;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.common.NotFoundException;
import ru.zabota.common.PageOf;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;
import ru.zabota.security.PortalRole;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** [603] for both parties: the recipient (acting person) and the provider's employees. Others: 404. */
@RestController
@RequestMapping("/api/contracts")
public class ContractApiController {
    private final ContractService contracts;
    private final ContractDocument documents;
    private final DeliveryService deliveries;
    private final ActingContext acting;
    private final MessageSource messages;

    public ContractApiController(ContractService contracts, ContractDocument documents, DeliveryService deliveries,
                                 ActingContext acting, MessageSource messages) {
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.documents = documents;
        this.acting = acting;
        this.messages = messages;
    }

    public record NewContract(Long providerId, ContractBasis basis, Long basisId) {
    }

    public record Term(LocalDate from, LocalDate to) {
    }

    public record Reason(String reason) {
    }

    public record LineView(Long id, String service, String unit, BigDecimal tariff, int programmeVolume, int monthlyVolume,
                           int termVolume, long planned, long delivered) {
    }

    public record Review(Integer rating, String comment) {
    }

    public record ReviewView(int rating, String comment, Instant createdAt) {
    }

    public record SignatureView(SigningParty party, String signer, Instant signedAt, String documentHash) {
    }

    public record ContractView(Long id, String number, ContractStatus status, String statusLabel, Long providerId,
                               String provider, Long recipientId, String recipient, ContractBasis basis, LocalDate termFrom,
                               LocalDate termTo, List<LineView> lines, BigDecimal monthlyCost, BigDecimal fee,
                               String feeExplanation, String declineReason, List<SignatureView> signatures,
                               boolean actSignable, ReviewView review, boolean ratingOpen) {
    }

    @PostMapping
    public ResponseEntity<ContractView> request(@RequestBody NewContract body) {
        Acting a = acting.current();
        Contract c = contracts.request(a.personId(), body.providerId(), body.basis(), body.basisId(), a.displayName());
        return ResponseEntity.created(URI.create("/api/contracts/" + c.getId())).body(view(contracts.visible(c.getId(), a.personId(), null)));
    }

    /** A row of «Договоры»: who, which, when, in which status; the whole contract is GET /{id}. */
    public record ContractSummary(Long id, String number, ContractStatus status, String statusLabel, Long providerId,
                                  String provider, Long recipientId, String recipient, LocalDate termFrom, LocalDate termTo) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    public PageOf<ContractSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Acting a = acting.current();
        var request = PageOf.request(page, size);
        var found = asProvider(a) ? contracts.ofProvider(a.user().providerId(), request) : contracts.ofPerson(a.personId(), request);
        return PageOf.of(found.map(c -> new ContractSummary(c.getId(), c.getNumber(), c.getStatus(), statusLabel(c.getStatus()),
                c.getProvider().getId(), c.getProvider().getShortName(), c.getPerson().getId(), c.getPerson().getFullName(),
                c.getTermFrom(), c.getTermTo())));
    }

    private String statusLabel(ContractStatus status) {
        return messages.getMessage("ContractStatus." + status, null, status.name(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public ContractView one(@PathVariable Long id) {
        return view(find(id));
    }

    @DeleteMapping("/{id}/services/{lineId}")
    public ContractView removeService(@PathVariable Long id, @PathVariable Long lineId) {
        return view(contracts.removeLine(providerOf(acting.current()), id, lineId));
    }

    @PutMapping("/{id}/term")
    public ContractView term(@PathVariable Long id, @RequestBody Term term) {
        return view(contracts.setTerm(providerOf(acting.current()), id, term.from(), term.to()));
    }

    @PostMapping("/{id}/sign")
    public ContractView sign(@PathVariable Long id) {
        Acting a = acting.current();
        Contract c = asProvider(a) ? contracts.signAsProvider(a.user().providerId(), id, a.displayName())
                : contracts.signAsCitizen(a.personId(), id, a.displayName());
        return view(contracts.visible(c.getId(), a.personId(), providerOf(a)));
    }

    @PostMapping("/{id}/decline")
    public ContractView decline(@PathVariable Long id, @RequestBody Reason body) {
        Acting a = acting.current();
        String reason = body == null ? null : body.reason();
        Contract c = asProvider(a) ? contracts.declineAsProvider(a.user().providerId(), id, reason, a.displayName())
                : contracts.declineAsCitizen(a.personId(), id, reason, a.displayName());
        return view(contracts.visible(c.getId(), a.personId(), providerOf(a)));
    }

    /** «Отозвать запрос»: the recipient withdraws a request the provider has not signed; 409 afterwards. */
    @PostMapping("/{id}/withdraw")
    public ContractView withdraw(@PathVariable Long id) {
        Acting a = acting.current();
        if (asProvider(a)) throw new NotFoundException("Нет такого договора");
        return view(contracts.withdraw(a.personId(), id, a.displayName()));
    }

    /** «Подписать акт»: 409 until every service has its volume delivered and confirmed. */
    @PostMapping("/{id}/act/sign")
    public ContractView signAct(@PathVariable Long id) {
        Acting a = acting.current();
        return view(contracts.signAct(asProvider(a) ? null : a.personId(), id, a.displayName()));
    }

    /** «Отправить отзыв»: rating 1–5 and a comment, once per executed contract. */
    @PostMapping("/{id}/review")
    public ResponseEntity<ReviewView> review(@PathVariable Long id, @RequestBody Review body) {
        Acting a = acting.current();
        var r = contracts.review(asProvider(a) ? null : a.personId(), id, body.rating(), body.comment(), a.displayName());
        return ResponseEntity.created(URI.create("/api/contracts/" + id)).body(new ReviewView(r.getRating(), r.getComment(), r.getCreatedAt()));
    }

    @GetMapping("/{id}/document")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> document(@PathVariable Long id) {
        Contract c = find(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Договор " + c.getNumber() + ".docx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(documents.render(c));
    }

    private Contract find(Long id) {
        Acting a = acting.current();
        return contracts.visible(id, asProvider(a) ? null : a.personId(), providerOf(a));
    }

    static boolean asProvider(Acting a) {
        return a.role() != PortalRole.CITIZEN && a.user().providerId() != null;
    }

    static Long providerOf(Acting a) {
        return asProvider(a) ? a.user().providerId() : null;
    }

    public ContractView view(Contract c) {
        var fee = contracts.fee(c);
        var progress = deliveries.progress(c);
        return new ContractView(c.getId(), c.getNumber(), c.getStatus(),
                statusLabel(c.getStatus()),
                c.getProvider().getId(), c.getProvider().getShortName(), c.getPerson().getId(), c.getPerson().getFullName(),
                c.getBasis(), c.getTermFrom(), c.getTermTo(),
                c.getLines().stream().map(l -> new LineView(l.getId(), l.getServiceType().getName(), l.getServiceType().getUnit(),
                        l.getTariff(), l.getProgrammeVolume(), Contract.monthlyVolume(l), c.termVolume(l),
                        progress.get(l.getId()).planned(), progress.get(l.getId()).delivered())).toList(),
                c.monthlyCost(), fee.map(FeeCalculator.Fee::fee).orElse(null), fee.map(FeeCalculator.Fee::explanation).orElse(null),
                c.getDeclineReason(),
                contracts.signaturesOf(c.getId()).stream().map(s -> new SignatureView(s.getParty(), s.getSigner(), s.getSignedAt(), s.getDocumentHash())).toList(),
                c.getStatus() == ContractStatus.ACTIVE && progress.values().stream().allMatch(DeliveryService.Progress::complete),
                contracts.reviewOf(c.getId()).map(r -> new ReviewView(r.getRating(), r.getComment(), r.getCreatedAt())).orElse(null),
                contracts.ratingOpen(c));
    }
}
