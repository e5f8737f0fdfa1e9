package ru.zabota.portal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.util.List;

/** Every page knows who is acting (name top right) and which cabinet sections the role has. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class PortalModelAdvice {
    private final ActingContext acting;

    public PortalModelAdvice(ActingContext acting) {
        this.acting = acting;
    }

    @ModelAttribute("acting")
    public Acting acting() {
        return acting.user().isPresent() ? acting.current() : null;
    }

    @ModelAttribute("cabinetSections")
    public List<String> sections() {
        return acting.user().isPresent() ? CabinetSections.of(acting.current().role()) : List.of();
    }
}
