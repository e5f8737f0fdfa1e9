package ru.zabota.needs;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

/** Cabinet «ИППСУ»: the programme in force, its services and recommended providers, and the [601] decision. */
@Controller
public class IppsuController {
    private final ActingContext acting;
    private final NeedsService needs;

    public IppsuController(ActingContext acting, NeedsService needs) {
        this.acting = acting;
        this.needs = needs;
    }

    @GetMapping("/cabinet/ippsu")
    @Transactional(readOnly = true)
    public String ippsu(Model model) {
        Acting a = acting.current();
        model.addAttribute("recognition", needs.activeRecognition(a.personId()).orElse(null));
        model.addAttribute("ippsu", needs.ippsuInForce(a.personId()).orElse(null));
        model.addAttribute("section", "ippsu");
        return "cabinet/ippsu";
    }
}
