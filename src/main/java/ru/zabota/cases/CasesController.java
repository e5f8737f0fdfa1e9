package ru.zabota.cases;

import ru.zabota.common.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.zabota.security.ActingContext;
import ru.zabota.common.NotFoundException;

/** Cabinet «Обращения»: the acting person's cases and, for one case, its statuses over time. */
@Controller
public class CasesController {
    private final ActingContext acting;
    private final SocialCaseService cases;
    private final SocialCaseRepository repository;

    public CasesController(ActingContext acting, SocialCaseService cases, SocialCaseRepository repository) {
        this.acting = acting;
        this.cases = cases;
        this.repository = repository;
    }

    @GetMapping("/cabinet/cases")
    @Transactional(readOnly = true)
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", cases.casesOf(acting.citizenPersonId(), PageOf.request(page, 20)));
        model.addAttribute("section", "cases");
        return "cabinet/cases";
    }

    @GetMapping("/cabinet/cases/{id}")
    @Transactional(readOnly = true)
    public String one(@PathVariable Long id, Model model) {
        Long person = acting.citizenPersonId();
        SocialCase c = repository.findById(id).filter(x -> x.getApplicant().getId().equals(person))
                .orElseThrow(() -> new NotFoundException("Нет такого обращения"));
        model.addAttribute("theCase", c);
        model.addAttribute("history", cases.history(c.getId()));
        model.addAttribute("section", "cases");
        return "cabinet/case";
    }
}
