package ru.zabota.portal;

import ru.zabota.people.Person;

import ru.zabota.people.ContactDetails;

import ru.zabota.people.ProfileService;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;
import ru.zabota.security.PortalRole;
import ru.zabota.security.ProviderEmployeeRepository;

import java.util.List;
import org.springframework.http.HttpStatus;
import ru.zabota.common.DomainProblem;
import ru.zabota.registry.BankDetails;
import ru.zabota.registry.Provider;
import ru.zabota.registry.RegistryService;

/** Cabinet «Профиль»: the acting person's data (contacts editable); for provider employees the organisation. */
@Controller
public class ProfileController {
    private final ActingContext acting;
    private final ProfileService profiles;
    private final ProviderEmployeeRepository employees;
    private final RegistryService registry;

    public ProfileController(ActingContext acting, ProfileService profiles, ProviderEmployeeRepository employees,
                             RegistryService registry) {
        this.registry = registry;
        this.acting = acting;
        this.profiles = profiles;
        this.employees = employees;
    }

    @GetMapping("/cabinet/profile")
    @Transactional(readOnly = true)
    public String profile(Model model) {
        Person p = fill(model);
        model.addAttribute("contacts", ContactDetails.of(p));
        return "cabinet/profile";
    }

    /**
     * «Банковские реквизиты» of the organisation, entered by its head (role «Поставщик услуг»): checked as a whole,
     * nothing is saved while any field is wrong (the form comes back with the Russian messages, 422).
     */
    @PostMapping("/cabinet/profile/bank-details")
    @Transactional
    public String updateBankDetails(@ModelAttribute("bankForm") BankDetailsForm form, BindingResult errors, Model model,
                                    RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Acting a = acting.current();
        if (a.role() != PortalRole.PROVIDER || a.user().providerId() == null) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "no-bank-details-right",
                    "Банковские реквизиты организации указывает руководитель организации-поставщика");
        }
        var problems = BankDetails.problems(form.getRecipient(), form.getBankName(), form.getBik(), form.getAccount(),
                form.getCorrespondentAccount());
        if (!problems.isEmpty()) {
            problems.forEach((field, message) -> errors.rejectValue(field, "invalid", message));
            Person p = fill(model);
            model.addAttribute("contacts", ContactDetails.of(p));
            model.addAttribute("editingBank", true);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "cabinet/profile";
        }
        registry.updateBankDetails(a.user().providerId(), form.getRecipient(), form.getBankName(), form.getBik(),
                form.getAccount(), form.getCorrespondentAccount());
        redirect.addFlashAttribute("bankSaved", true);
        return "redirect:/cabinet/profile#bankDetails";
    }

    @PostMapping("/cabinet/profile")
    @Transactional
    public String update(@Valid @ModelAttribute("contacts") ContactDetails contacts, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            fill(model);
            model.addAttribute("editing", true);
            return "cabinet/profile";
        }
        profiles.updateContacts(acting.current().personId(), contacts);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cabinet/profile";
    }

    private Person fill(Model model) {
        Acting a = acting.current();
        Person p = profiles.person(a.personId());
        model.addAttribute("person", p);
        List<ru.zabota.security.ProviderEmployee> jobs = a.role() == PortalRole.CITIZEN ? List.of() : employees.findByAccountId(a.user().accountId());
        model.addAttribute("jobs", jobs);
        Provider org = jobs.stream().map(ru.zabota.security.ProviderEmployee::getProvider)
                .filter(o -> o.getId().equals(a.user().providerId())).findFirst().orElse(null);
        boolean head = a.role() == PortalRole.PROVIDER && org != null;
        model.addAttribute("mayEditBank", head);
        if (head && !model.containsAttribute("bankForm")) {
            model.addAttribute("bankForm", BankDetailsForm.of(org.getBankDetails(), org.getShortName()));
        }
        return p;
    }
}
