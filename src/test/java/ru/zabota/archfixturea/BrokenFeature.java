package ru.zabota.archfixturea;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.RestController;
import ru.zabota.archfixtureb.OtherFeature;

/** A deliberately broken feature for ArchitectureTest: it calls the engine directly, uses the
 * region generator's shortcut and depends on a feature that depends on it. */
@RestController
public class BrokenFeature {
    RuntimeService runtime;
    OtherFeature other;

    public String view() {
        return other.name() + runtime.getClass();
    }

    /** A feature that would skip its process's delegates by starting where the region generator starts. */
    public String shortcut(ru.zabota.workflow.Workflow workflow) {
        return workflow.startGeneratedAt("certificate-602", "602-X", "end", java.util.Map.of());
    }
}
