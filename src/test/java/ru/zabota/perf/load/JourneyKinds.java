package ru.zabota.perf.load;

import java.util.List;

/**
 * Every request kind {@link JourneysSimulation} sends, by its request name: the simulation asserts that each of them
 * ran without a failure. Apart from the simulation because Gatling's DSL may be touched only inside a Gatling run.
 */
public final class JourneyKinds {
    public static final List<String> ALL = List.of(
            "home page", "registry page", "catalog page", "api providers", "api catalog ads",
            "login form", "login", "login Redirect 1", "role", "role Redirect 1", "cabinet ippsu page", "cabinet contracts page",
            "api me", "api ippsu", "api contracts", "api certificates", "602 create draft", "602 submit",
            "603 request", "603 term", "603 provider sign", "603 citizen sign", "delivery schedule", "delivery confirm",
            "staff task list", "staff task of case", "staff claim", "staff form options",
            "staff complete assignExecutor", "staff complete reviewApplication", "staff complete approveDecision");

    private JourneyKinds() {
    }
}
