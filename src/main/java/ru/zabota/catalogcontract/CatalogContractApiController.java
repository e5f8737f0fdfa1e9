package ru.zabota.catalogcontract;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.common.PageOf;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static ru.zabota.catalogcontract.CatalogContractProcess.*;

/**
 * The catalog contract for both parties: the citizen (the acting person, a representative for the represented) and
 * the provider's employees (decisions by the head). Another party's contract: 404; a step out of order: 409.
 */
@RestController
public class CatalogContractApiController {
    private final CatalogContractService contracts;
    private final CatalogContractViews views;
    private final ActingContext acting;

    public CatalogContractApiController(CatalogContractService contracts, CatalogContractViews views, ActingContext acting) {
        this.contracts = contracts;
        this.views = views;
        this.acting = acting;
    }

    public record NewOrder(Long adId, LocalDate plannedDate, BigDecimal quantity, String comment) {
    }

    public record DecisionBody(Decision decision, String comment) {
    }

    public record DoneBody(BigDecimal quantity, BigDecimal actualCost) {
    }

    public record AcceptanceBody(Acceptance decision, String comment) {
    }

    public record PaymentBody(Payment decision, String reason) {
    }

    @PostMapping("/api/catalog-contracts")
    public ResponseEntity<CatalogContractViews.View> order(@RequestBody NewOrder body) {
        Long person = acting.citizenPersonId();
        Acting a = acting.current();
        if (body == null) body = new NewOrder(null, null, null, null);
        CatalogContract c = contracts.order(person, body.adId(), body.plannedDate(), body.quantity(), body.comment(), a.displayName());
        return ResponseEntity.created(URI.create("/api/catalog-contracts/" + c.getId())).body(views.viewOf(c.getId(), a));
    }

    /** «Контракты»: the caller's (the person's or the organisation's), newest first, optionally of some statuses. */
    @GetMapping("/api/catalog-contracts")
    @Transactional(readOnly = true)
    public PageOf<CatalogContractViews.Summary> list(@RequestParam(required = false) Set<CatalogContractStatus> status,
                                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Acting a = acting.current();
        var request = PageOf.request(page, size);
        var found = ContractSide.asProvider(a) ? contracts.ofProvider(a.user().providerId(), status, request)
                : contracts.ofPerson(a.personId(), status, request);
        return PageOf.of(found.map(views::summary));
    }

    /** «Мои услуги»: the services agreed with both (in work, done, executed). */
    @GetMapping("/api/my-services")
    @Transactional(readOnly = true)
    public PageOf<CatalogContractViews.Summary> myServices(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Acting a = acting.current();
        var request = PageOf.request(page, size);
        var found = ContractSide.asProvider(a) ? contracts.ofProvider(a.user().providerId(), CatalogContractStatus.SERVICES, request)
                : contracts.ofPerson(a.personId(), CatalogContractStatus.SERVICES, request);
        return PageOf.of(found.map(views::summary));
    }

    @GetMapping("/api/catalog-contracts/{id}")
    @Transactional(readOnly = true)
    public CatalogContractViews.View one(@PathVariable Long id) {
        Acting a = acting.current();
        return views.viewOf(id, a);
    }

    /** The provider's decision first, then the citizen's: who answers depends on the caller's side. */
    @PostMapping("/api/catalog-contracts/{id}/decision")
    public CatalogContractViews.View decision(@PathVariable Long id, @RequestBody DecisionBody body) {
        Acting a = acting.current();
        if (body == null) body = new DecisionBody(null, null);
        CatalogContract c = ContractSide.asProvider(a)
                ? contracts.providerDecision(ContractSide.deciding(a), id, body.decision(), body.comment(), a.displayName())
                : contracts.citizenDecision(ContractSide.citizen(a), id, body.decision(), body.comment(), a.displayName());
        return views.viewOf(c.getId(), a);
    }

    @PostMapping("/api/catalog-contracts/{id}/done")
    public CatalogContractViews.View done(@PathVariable Long id, @RequestBody DoneBody body) {
        Acting a = acting.current();
        if (body == null) body = new DoneBody(null, null);
        CatalogContract c = contracts.done(ContractSide.deciding(a), id, body.quantity(), body.actualCost(), a.displayName());
        return views.viewOf(c.getId(), a);
    }

    @PostMapping("/api/catalog-contracts/{id}/acceptance")
    public CatalogContractViews.View acceptance(@PathVariable Long id, @RequestBody AcceptanceBody body) {
        Acting a = acting.current();
        if (body == null) body = new AcceptanceBody(null, null);
        CatalogContract c = contracts.acceptance(ContractSide.citizen(a), id, body.decision(), body.comment(), a.displayName());
        return views.viewOf(c.getId(), a);
    }

    /** «Подтвердить оплату» / «Отклонить» on a receipt: the provider's step of the process. */
    @PostMapping("/api/receipts/{id}/payment")
    public CatalogContractViews.View payment(@PathVariable Long id, @RequestBody PaymentBody body) {
        Acting a = acting.current();
        if (body == null) body = new PaymentBody(null, null);
        CatalogContract c = contracts.payment(ContractSide.deciding(a), id, body.decision(), body.reason(), a.displayName());
        return views.viewOf(c.getId(), a);
    }

}
