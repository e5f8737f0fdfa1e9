package ru.zabota.contract;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.common.DomainProblem;
import ru.zabota.contract.DeliveryViews.DeliveryView;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;
import ru.zabota.common.NotFoundException;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static ru.zabota.contract.ContractParty.asProvider;
import static ru.zabota.contract.ContractParty.providerOf;
import static ru.zabota.contract.ContractParty.requireProvider;

/** Календарь оказаний: the provider's employees schedule deliveries; the recipient confirms them with a signature. */
@RestController
@RequestMapping("/api")
public class DeliveryApiController {
    private final DeliveryService deliveries;
    private final ContractService contracts;
    private final ActingContext acting;
    private final DeliveryViews views;

    public DeliveryApiController(DeliveryService deliveries, ContractService contracts, ActingContext acting, DeliveryViews views) {
        this.deliveries = deliveries;
        this.contracts = contracts;
        this.acting = acting;
        this.views = views;
    }

    public record NewDelivery(Long lineId, LocalDateTime scheduledAt) {
    }

    public record Confirmation(String signature) {
    }

    @PostMapping("/contracts/{id}/deliveries")
    public ResponseEntity<DeliveryView> schedule(@PathVariable Long id, @RequestBody NewDelivery body) {
        Acting a = acting.current();
        Delivery d = deliveries.schedule(requireProvider(a), id, body.lineId(), body.scheduledAt(), a.displayName());
        return ResponseEntity.created(URI.create("/api/deliveries/" + d.getId())).body(view(d));
    }

    @GetMapping("/contracts/{id}/deliveries")
    @Transactional(readOnly = true)
    public List<DeliveryView> ofContract(@PathVariable Long id) {
        Acting a = acting.current();
        Contract c = contracts.visible(id, asProvider(a) ? null : a.personId(), providerOf(a));
        return deliveries.ofContract(c.getId()).stream().map(this::view).toList();
    }

    /** The provider's calendar for a window of at most 31 days, optionally for one contract (recipient). */
    @GetMapping("/deliveries")
    @Transactional(readOnly = true)
    public List<DeliveryView> calendar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) Long contractId) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 31) {
            throw DomainProblem.unprocessable("invalid-window", "Окно календаря — не больше 31 дня, окончание не раньше начала");
        }
        return deliveries.calendar(requireProvider(acting.current()), from, to.plusDays(1), contractId).stream().map(this::view).toList();
    }

    @GetMapping("/deliveries/{id}")
    @Transactional(readOnly = true)
    public DeliveryView one(@PathVariable Long id) {
        return view(find(id));
    }

    @PutMapping("/deliveries/{id}")
    public DeliveryView reschedule(@PathVariable Long id, @RequestBody NewDelivery body) {
        return view(deliveries.reschedule(requireProvider(acting.current()), id, body.lineId(), body.scheduledAt()));
    }

    @DeleteMapping("/deliveries/{id}")
    public ResponseEntity<Void> delete(@PathVariable Long id) {
        deliveries.delete(requireProvider(acting.current()), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/deliveries/{id}/confirm")
    public DeliveryView confirm(@PathVariable Long id, @RequestBody Confirmation body) {
        Acting a = acting.current();
        return view(deliveries.confirm(id, asProvider(a) ? null : a.personId(), providerOf(a),
                body == null ? null : body.signature(), a.displayName()));
    }

    /** The drawn signature of a confirmed delivery, for both parties. */
    @GetMapping("/deliveries/{id}/signature")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> signature(@PathVariable Long id) {
        Acting a = acting.current();
        byte[] png = deliveries.signatureImage(id, asProvider(a) ? null : a.personId(), providerOf(a));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(png);
    }

    Delivery find(Long id) {
        Acting a = acting.current();
        return deliveries.visible(id, asProvider(a) ? null : a.personId(), providerOf(a));
    }

    private DeliveryView view(Delivery d) {
        return views.view(d);
    }
}
