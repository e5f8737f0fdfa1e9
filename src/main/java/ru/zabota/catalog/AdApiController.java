package ru.zabota.catalog;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import ru.zabota.security.ActingContext;

import java.net.URI;
import java.util.List;

/** The provider's ads: only the organisation's head; another organisation's ad is 404. */
@RestController
@RequestMapping("/api/ads")
public class AdApiController {
    private final AdService ads;
    private final AdViews views;
    private final ActingContext acting;

    public AdApiController(AdService ads, AdViews views, ActingContext acting) {
        this.ads = ads;
        this.views = views;
        this.acting = acting;
    }

    private Long provider() {
        return CatalogParty.editingProviderOf(acting.current());
    }

    private Long providerOfRecord() {
        return CatalogParty.editingProviderOfRecord(acting.current());
    }

    @GetMapping
    public List<AdViews.ProviderAdView> list() {
        return views.ofProvider(provider());
    }

    @GetMapping("/{id}")
    public AdViews.ProviderAdView one(@PathVariable Long id) {
        return views.own(providerOfRecord(), id);
    }

    @PostMapping
    public ResponseEntity<AdViews.ProviderAdView> create(@Valid @RequestBody AdForm form) {
        Long p = provider();
        CatalogAd ad = ads.create(p, form);
        return ResponseEntity.created(URI.create("/api/ads/" + ad.getId())).body(views.own(p, ad.getId()));
    }

    @PutMapping("/{id}")
    public AdViews.ProviderAdView update(@PathVariable Long id, @Valid @RequestBody AdForm form) {
        Long p = providerOfRecord();
        ads.update(p, id, form);
        return views.own(p, id);
    }

    @PostMapping("/{id}/submit")
    public AdViews.ProviderAdView submit(@PathVariable Long id) {
        Long p = providerOfRecord();
        ads.submit(p, id);
        return views.own(p, id);
    }

    @PostMapping("/{id}/deactivate")
    public AdViews.ProviderAdView deactivate(@PathVariable Long id) {
        Long p = providerOfRecord();
        ads.deactivate(p, id);
        return views.own(p, id);
    }

    /** 422 with every missing item as a list ({@code missing}) besides the joined detail. */
    @ExceptionHandler(AdNotModeratable.class)
    ResponseEntity<ProblemDetail> notModeratable(AdNotModeratable e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        p.setTitle(HttpStatus.UNPROCESSABLE_ENTITY.getReasonPhrase());
        p.setProperty("code", e.code());
        p.setProperty("missing", e.missing());
        return ResponseEntity.unprocessableEntity().body(p);
    }
}
