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
    /** The page where a citizen starts a contract ([603]); buttons leading to it show only when it exists. */
    static final String NEW_CONTRACT_PAGE = "/cabinet/contracts/new";

    private final ActingContext acting;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings;
    private volatile Boolean contractsAvailable;

    public PortalModelAdvice(ActingContext acting,
                             @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                             org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings) {
        this.acting = acting;
        this.mappings = mappings;
    }

    @ModelAttribute("contractsAvailable")
    public boolean contractsAvailable() {
        if (contractsAvailable == null) {
            contractsAvailable = mappings.getObject().getHandlerMethods().keySet().stream()
                    .anyMatch(info -> info.getPatternValues().contains(NEW_CONTRACT_PAGE));
        }
        return contractsAvailable;
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
