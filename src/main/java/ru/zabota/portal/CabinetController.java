package ru.zabota.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.zabota.security.ActingContext;
import ru.zabota.common.NotFoundException;

/**
 * The cabinet entrance. Every section of {@link CabinetSections} is a page of its feature; any other
 * /cabinet/{section} is answered here with the Russian «not found» page (no placeholder sections).
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
    public String section(@PathVariable String section) {
        throw new NotFoundException("Нет такого раздела");
    }
}
