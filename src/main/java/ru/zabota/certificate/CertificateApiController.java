package ru.zabota.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.certificate.CertificateViews.ApplicationView;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** [602] for the portal and API clients: types, drafts, submission, the result. Another person's: 404. */
@RestController
@RequestMapping("/api")
public class CertificateApiController {
    private final CertificateService certificates;
    private final ActingContext acting;
    private final CertificateViews views;

    public CertificateApiController(CertificateService certificates, ActingContext acting, CertificateViews views) {
        this.certificates = certificates;
        this.acting = acting;
        this.views = views;
    }

    public record TypeView(CertificateType code, String label) {
    }

    public record NewApplication(CertificateType type) {
    }

    @GetMapping("/certificate-types")
    public List<TypeView> types() {
        return Arrays.stream(CertificateType.values()).map(t -> new TypeView(t, label("CertificateType." + t))).toList();
    }

    @PostMapping("/certificates")
    public ResponseEntity<ApplicationView> create(@RequestBody NewApplication body) {
        Long person = acting.citizenPersonId();
        Acting a = acting.current();
        CertificateApplication app = certificates.createDraft(person, body == null ? null : body.type(), a.displayName());
        return ResponseEntity.created(URI.create("/api/certificates/" + app.getId())).body(view(app));
    }

    @PostMapping("/certificates/{id}/submit")
    public ApplicationView submit(@PathVariable Long id) {
        Long person = acting.citizenPersonId();
        return view(certificates.submit(person, id, acting.current().displayName()));
    }

    @DeleteMapping("/certificates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id) {
        certificates.cancelDraft(acting.citizenPersonId(), id);
    }

    @GetMapping("/certificates")
    @Transactional(readOnly = true)
    public List<ApplicationView> list() {
        return views.views(certificates.applicationsOf(acting.citizenPersonId()));
    }

    @GetMapping("/certificates/{id}")
    @Transactional(readOnly = true)
    public ApplicationView one(@PathVariable Long id) {
        return view(certificates.own(acting.citizenPersonId(), id));
    }

    private ApplicationView view(CertificateApplication app) {
        return views.view(app);
    }

    private String label(String key) {
        return views.label(key);
    }
}
