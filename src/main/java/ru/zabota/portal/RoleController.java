package ru.zabota.portal;

import ru.zabota.security.PortalUser;

import ru.zabota.security.PortalRole;

import ru.zabota.security.ActingContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** After login: choose the role (Гражданин / Поставщик услуг / Социальный работник) and whom to act for. */
@Controller
public class RoleController {
    private final ActingContext acting;

    public RoleController(ActingContext acting) {
        this.acting = acting;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/role")
    public String choice(Model model) {
        PortalUser u = acting.requireUser();
        model.addAttribute("user", u);
        model.addAttribute("roles", u.roles());
        model.addAttribute("represented", acting.represented(u));
        return "role";
    }

    @PostMapping("/role")
    public String choose(@RequestParam PortalRole role, @RequestParam(required = false) Long personId) {
        acting.choose(role, personId);
        return "redirect:/cabinet/" + CabinetSections.home(role);
    }
}
