package ru.zabota.contract;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.common.NotFoundException;
import ru.zabota.common.PageOf;
import ru.zabota.contract.ContractViews.ContractSummary;
import ru.zabota.contract.ContractViews.ContractView;
import ru.zabota.contract.ContractViews.ReviewView;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static ru.zabota.contract.ContractParty.asProvider;
import static ru.zabota.contract.ContractParty.personOf;
import static ru.zabota.contract.ContractParty.providerOf;

/** [603] for both parties: the recipient (acting person) and the provider's employees. Others: 404. */
@RestController
@RequestMapping("/api/contracts")
public class ContractApiController {
    private final ContractService contracts;
    private final ContractDocument documents;
    private final ContractViews views;
    private final ActingContext acting;

    public ContractApiController(ContractService contracts, ContractDocument documents, ContractViews views,
                                 ActingContext acting) {
        this.contracts = contracts;
        this.documents = documents;
        this.views = views;
        this.acting = acting;
    }

    public record NewContract(Long providerId, ContractBasis basis, Long basisId) {
    }

    public record Term(LocalDate from, LocalDate to) {
    }

    public record Reason(String reason) {
    }

    public record Volume(Integer volume) {
    }

    public record Review(Integer rating, String comment) {
    }

    @PostMapping
    public ResponseEntity<ContractView> request(@RequestBody NewContract body) {
        Long person = acting.citizenPersonId();
        Acting a = acting.current();
        Contract c = contracts.request(person, body.providerId(), body.basis(), body.basisId(), a.displayName());
        return ResponseEntity.created(URI.create("/api/contracts/" + c.getId())).body(view(contracts.visible(c.getId(), a.personId(), null)));
    }

    /** A row of «Договоры»: who, which, when, in which status; the whole contract is GET /{id}. */
    @GetMapping
    @Transactional(readOnly = true)
    public PageOf<ContractSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Acting a = acting.current();
        var request = PageOf.request(page, size);
        var found = asProvider(a) ? contracts.ofProvider(a.user().providerId(), request) : contracts.ofPerson(a.personId(), request);
        return PageOf.of(found.map(views::summary));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public ContractView one(@PathVariable Long id) {
        return view(find(id));
    }

    @DeleteMapping("/{id}/services/{lineId}")
    public ContractView removeService(@PathVariable Long id, @PathVariable Long lineId) {
        return view(contracts.removeLine(ContractParty.signingProviderOf(acting.current()), id, lineId));
    }

    /** «Изменить объём»: a service's volume for the term, within the ИППСУ and the certificate (422 naming the limit). */
    @PutMapping("/{id}/services/{lineId}")
    public ContractView volume(@PathVariable Long id, @PathVariable Long lineId, @RequestBody(required = false) Volume body) {
        return view(contracts.setVolume(ContractParty.signingProviderOf(acting.current()), id, lineId, body == null ? null : body.volume()));
    }

    @PutMapping("/{id}/term")
    public ContractView term(@PathVariable Long id, @RequestBody Term term) {
        return view(contracts.setTerm(ContractParty.signingProviderOf(acting.current()), id, term.from(), term.to()));
    }

    @PostMapping("/{id}/sign")
    public ContractView sign(@PathVariable Long id) {
        Acting a = acting.current();
        Contract c = asProvider(a) ? contracts.signAsProvider(ContractParty.signingProviderOf(a), id, a.displayName())
                : contracts.signAsCitizen(a.personId(), id, a.displayName());
        return view(contracts.visible(c.getId(), a.personId(), providerOf(a)));
    }

    @PostMapping("/{id}/decline")
    public ContractView decline(@PathVariable Long id, @RequestBody Reason body) {
        Acting a = acting.current();
        String reason = body == null ? null : body.reason();
        Contract c = asProvider(a) ? contracts.declineAsProvider(ContractParty.signingProviderOf(a), id, reason, a.displayName())
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
        return ResponseEntity.created(URI.create("/api/contracts/" + id)).body(views.review(r));
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

    /** «Акт о предоставлении социальных услуг» as DOCX: services, planned, delivered, sums and both signatures. */
    @GetMapping("/{id}/act/document")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> actDocument(@PathVariable Long id) {
        Contract c = find(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Акт по договору " + c.getNumber() + ".docx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(documents.renderAct(c));
    }

    private Contract find(Long id) {
        Acting a = acting.current();
        return contracts.visible(id, personOf(a), providerOf(a));
    }

    private ContractView view(Contract c) {
        return views.view(c);
    }
}
