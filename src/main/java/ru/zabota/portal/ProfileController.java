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

/** Cabinet «Профиль»: the acting person's data (contacts editable); for provider employees the organisation. */
@Controller
public class ProfileController {
    private final ActingContext acting;
    private final ProfileService profiles;
    private final ProviderEmployeeRepository employees;

    public ProfileController(ActingContext acting, ProfileService profiles, ProviderEmployeeRepository employees) {
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
        model.addAttribute("jobs", a.role() == PortalRole.CITIZEN ? List.of() : employees.findByAccountId(a.user().accountId()));
        return p;
    }
}
