package ru.zabota.archfixtureb;

import ru.zabota.archfixturea.BrokenFeature;

/** The other half of the cycle, and a class that calls a controller. */
public class OtherFeature {
    BrokenFeature controller;

    public String name() {
        return controller.view();
    }
}
