package ru.zabota.certificate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.cases.CaseStatus;
import ru.zabota.cases.SocialCase;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** [602] for the portal and API clients: types, drafts, submission, the result. Another person's: 404. */
@RestController
@RequestMapping("/api")
public class CertificateApiController {
    private final CertificateService certificates;
    private final ActingContext acting;
    private final MessageSource messages;

    public CertificateApiController(CertificateService certificates, ActingContext acting, MessageSource messages) {
        this.certificates = certificates;
        this.acting = acting;
        this.messages = messages;
    }

    public record TypeView(CertificateType code, String label) {
    }

    public record NewApplication(CertificateType type) {
    }

    public record ProviderView(Long id, String shortName, String address) {
    }

    public record CertificateView(Long id, String number, CertificateType type, BigDecimal value, int volume,
                                  LocalDate validFrom, LocalDate validUntil, List<ProviderView> recommendedProviders) {
    }

    public record ApplicationView(Long id, CertificateType type, String typeLabel, ApplicationStatus status,
                                  String statusLabel, String caseNumber, CaseStatus caseStatus, Instant createdAt,
                                  Instant submittedAt, String decision, String refusalReason, CertificateView certificate) {
    }

    @GetMapping("/certificate-types")
    public List<TypeView> types() {
        return Arrays.stream(CertificateType.values()).map(t -> new TypeView(t, label("CertificateType." + t))).toList();
    }

    @PostMapping("/certificates")
    public ResponseEntity<ApplicationView> create(@RequestBody NewApplication body) {
        Acting a = acting.current();
        CertificateApplication app = certificates.createDraft(a.personId(), body == null ? null : body.type(), a.user().username());
        return ResponseEntity.created(URI.create("/api/certificates/" + app.getId())).body(view(app));
    }

    @PostMapping("/certificates/{id}/submit")
    public ApplicationView submit(@PathVariable Long id) {
        Acting a = acting.current();
        return view(certificates.submit(a.personId(), id, a.user().username()));
    }

    @DeleteMapping("/certificates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id) {
        certificates.cancelDraft(acting.current().personId(), id);
    }

    @GetMapping("/certificates")
    @Transactional(readOnly = true)
    public List<ApplicationView> list() {
        return certificates.applicationsOf(acting.current().personId()).stream().map(this::view).toList();
    }

    @GetMapping("/certificates/{id}")
    @Transactional(readOnly = true)
    public ApplicationView one(@PathVariable Long id) {
        return view(certificates.own(acting.current().personId(), id));
    }

    ApplicationView view(CertificateApplication app) {
        SocialCase c = certificates.caseOf(app).orElse(null);
        CertificateView cert = certificates.certificateOf(app.getId()).map(x -> new CertificateView(x.getId(), x.getNumber(),
                x.getCertificateType(), x.getAmount(), x.getVolume(), x.getValidFrom(), x.getValidUntil(),
                x.getRecommendedProviders().stream().map(p -> new ProviderView(p.getId(), p.getShortName(), p.getActualAddress())).toList()))
                .orElse(null);
        return new ApplicationView(app.getId(), app.getCertificateType(), label("CertificateType." + app.getCertificateType()),
                app.getStatus(), label("ApplicationStatus." + app.getStatus()), c == null ? null : c.getNumber(),
                c == null ? null : c.getStatus(), app.getCreatedAt(), app.getSubmittedAt(),
                c == null || c.getDecision() == null ? null : label("CaseStatus." + c.getDecision()), app.getRefusalReason(), cert);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
