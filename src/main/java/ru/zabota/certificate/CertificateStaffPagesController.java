package ru.zabota.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import ru.zabota.common.DomainProblem;
import ru.zabota.security.StaffUser;

/**
 * «Принять заявление на сертификат» in the office: a staff page instead of a Tasklist start form, so that the
 * СНИЛС a specialist types finds the person and never becomes a process variable (history would keep it).
 */
@Controller
public class CertificateStaffPagesController {
    private final CertificateService certificates;

    public CertificateStaffPagesController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/staff/cases/new")
    public String form(Model model) {
        model.addAttribute("types", CertificateType.values());
        model.addAttribute("type", CertificateType.SOCIAL_CERTIFICATE);
        return "certificate/staff-new";
    }

    @PostMapping("/staff/cases/new")
    public String start(@RequestParam(required = false) String snils, @RequestParam(required = false) CertificateType type,
                        @AuthenticationPrincipal StaffUser staff, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        try {
            CertificateApplication a = certificates.startInOffice(snils, type, staff.userId());
            redirect.addFlashAttribute("message", "Заявление зарегистрировано: задача «Рассмотреть заявление» назначена вам в Tasklist");
            return "redirect:/staff/cases/" + a.getCaseId();
        } catch (DomainProblem refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("snils", snils);
            model.addAttribute("types", CertificateType.values());
            model.addAttribute("type", type);
            return "certificate/staff-new";
        }
    }
}
