package ru.zabota.certificate;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.interagency.InteragencyService;
import ru.zabota.common.DomainProblem;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

/** Cabinet «Сертификаты»: applications with their statuses, the draft (Отменить / Отправить), the certificate. */
@Controller
@RequestMapping("/cabinet/certificates")
public class CertificatePagesController {
    private final CertificateService certificates;
    private final CertificateViews views;
    private final ActingContext acting;

    public CertificatePagesController(CertificateService certificates, CertificateViews views, ActingContext acting) {
        this.certificates = certificates;
        this.views = views;
        this.acting = acting;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String list(Model model) {
        model.addAttribute("applications", views.views(certificates.applicationsOf(acting.citizenPersonId())));
        model.addAttribute("types", CertificateType.values());
        return "certificate/list";
    }

    @PostMapping
    public String create(@RequestParam(required = false) CertificateType type, RedirectAttributes redirect) {
        Long person = acting.citizenPersonId();
        Acting a = acting.current();
        try {
            CertificateApplication app = certificates.createDraft(person, type, a.displayName());
            return "redirect:/cabinet/certificates/" + app.getId();
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/cabinet/certificates";
        }
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public String one(@PathVariable Long id, Model model) {
        model.addAttribute("app", views.view(certificates.own(acting.citizenPersonId(), id)));
        return "certificate/card";
    }

    @PostMapping("/{id}/submit")
    public String submit(@PathVariable Long id, RedirectAttributes redirect) {
        Long person = acting.citizenPersonId();
        Acting a = acting.current();
        try {
            certificates.submit(person, id, a.displayName());
            redirect.addFlashAttribute("notice", "Заявление отправлено. Ход рассмотрения виден здесь и в разделе «Обращения».");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/cabinet/certificates/" + id;
    }

    @PostMapping("/{id}/cancel")
    public String cancel(@PathVariable Long id, RedirectAttributes redirect) {
        certificates.cancelDraft(acting.citizenPersonId(), id);
        redirect.addFlashAttribute("notice", "Черновик заявления отменён.");
        return "redirect:/cabinet/certificates";
    }
}
