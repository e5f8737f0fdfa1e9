package ru.zabota.certificate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.zabota.cases.CaseStatus;
import ru.zabota.cases.SocialCase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portal pages and the API show of an application for a certificate: one view, built here. */
@Component
public class CertificateViews {
    private final CertificateService certificates;
    private final MessageSource messages;

    public CertificateViews(CertificateService certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
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

    public ApplicationView view(CertificateApplication app) {
        return view(app, certificates.caseOf(app).orElse(null), certificates.certificateOf(app.getId()).orElse(null));
    }

    /** The views of a list with its cases and certificates loaded in two queries, not three per row. */
    public List<ApplicationView> views(List<CertificateApplication> list) {
        java.util.Map<Long, SocialCase> cases = certificates.casesOf(list);
        java.util.Map<Long, Certificate> issued = certificates.certificatesOf(list);
        return list.stream().map(a -> view(a, a.getCaseId() == null ? null : cases.get(a.getCaseId()), issued.get(a.getId()))).toList();
    }

    private ApplicationView view(CertificateApplication app, SocialCase c, Certificate issued) {
        CertificateView cert = issued == null ? null : new CertificateView(issued.getId(), issued.getNumber(),
                issued.getCertificateType(), issued.getAmount(), issued.getVolume(), issued.getValidFrom(), issued.getValidUntil(),
                issued.getRecommendedProviders().stream().map(p -> new ProviderView(p.getId(), p.getShortName(), p.getActualAddress())).toList());
        return new ApplicationView(app.getId(), app.getCertificateType(), label("CertificateType." + app.getCertificateType()),
                app.getStatus(), statusLabel(app, c), c == null ? null : c.getNumber(),
                c == null ? null : c.getStatus(), app.getCreatedAt(), app.getSubmittedAt(),
                c == null || c.getDecision() == null ? null : label("CaseStatus." + c.getDecision()), app.getRefusalReason(), cert);
    }

    /**
     * One dictionary of statuses: while the case is open the cabinet says what the case page and /api/cases say
     * (CaseStatus), so the citizen and the office read the same word; the decision and a draft keep their own.
     */
    String statusLabel(CertificateApplication app, SocialCase c) {
        boolean open = c != null && switch (c.getStatus()) {
            case SUBMITTED, REGISTERED, IN_REVIEW, ON_APPROVAL, REWORK -> true;
            default -> false;
        };
        return open ? label("CaseStatus." + c.getStatus()) : label("ApplicationStatus." + app.getStatus());
    }

    String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
