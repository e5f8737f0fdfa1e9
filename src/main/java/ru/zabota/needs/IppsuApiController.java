package ru.zabota.needs;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.zabota.common.NotFoundException;
import ru.zabota.needs.IppsuViews.IppsuView;
import ru.zabota.security.ActingContext;

/**
 * GET /api/ippsu: the programme in force of the acting person. A REST controller of its own, so that a refusal is
 * answered as Problem Details (JSON) and not as the cabinet's 404 page.
 */
@RestController
public class IppsuApiController {
    private final ActingContext acting;
    private final NeedsService needs;
    private final IppsuViews views;

    public IppsuApiController(ActingContext acting, NeedsService needs, IppsuViews views) {
        this.acting = acting;
        this.needs = needs;
        this.views = views;
    }

    @GetMapping("/api/ippsu")
    @Transactional(readOnly = true)
    public IppsuView api() {
        Long person = acting.citizenPersonId();
        Ippsu p = needs.ippsuInForce(person).orElseThrow(() -> new NotFoundException("Действующей ИППСУ нет"));
        return views.view(p, person);
    }
}
