package ru.zabota.catalog;

import ru.zabota.common.DomainProblem;

import java.util.List;

/** The seed's «Не подлежат модерации»: every missing item is named, nothing is started. */
public class AdNotModeratable extends DomainProblem {
    private final List<String> missing;

    public AdNotModeratable(List<String> missing) {
        super(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, "ad-not-moderatable",
                "Объявление нельзя отправить на модерацию: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
