package ru.zabota.archfixturea;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.RestController;
import ru.zabota.archfixtureb.OtherFeature;

/** A deliberately broken feature for ArchitectureTest: it calls the engine directly and depends on a feature that depends on it. */
@RestController
public class BrokenFeature {
    RuntimeService runtime;
    OtherFeature other;

    public String view() {
        return other.name() + runtime.getClass();
    }
}
