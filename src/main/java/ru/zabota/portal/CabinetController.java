package ru.zabota.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;
import ru.zabota.common.NotFoundException;

/**
 * The cabinet entrance and the sections that have no records yet: they show a plain empty state. A feature
 * that fills a section maps its own /cabinet/{section} page, which takes precedence over this one.
 */
@Controller
public class CabinetController {
    private final ActingContext acting;

    public CabinetController(ActingContext acting) {
        this.acting = acting;
    }

    @GetMapping("/cabinet")
    public String home() {
        return "redirect:/cabinet/" + CabinetSections.home(acting.current().role());
    }

    @GetMapping("/cabinet/{section}")
    public String section(@PathVariable String section, Model model) {
        Acting a = acting.current();
        if (!CabinetSections.of(a.role()).contains(section)) throw new NotFoundException("Нет такого раздела");
        model.addAttribute("section", section);
        return "cabinet/empty";
    }
}
