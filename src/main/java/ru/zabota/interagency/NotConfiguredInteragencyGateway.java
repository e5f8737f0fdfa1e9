package ru.zabota.interagency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * No interagency gateway is configured ({@code zabota.interagency.gateway} unset, e.g. on the {@code postgres}
 * profile before СМЭВ is connected): the application starts and says so, and sending a request fails, so the
 * process shows an incident instead of an invented answer.
 */
@Component
@ConditionalOnProperty(name = "zabota.interagency.gateway", havingValue = "none", matchIfMissing = true)
public class NotConfiguredInteragencyGateway implements InteragencyGateway {
    private static final Logger log = LoggerFactory.getLogger(NotConfiguredInteragencyGateway.class);

    @EventListener(ApplicationReadyEvent.class)
    public void warn() {
        log.warn("No interagency gateway is configured (zabota.interagency.gateway): interagency requests of [602] "
                + "will fail into incidents until one is");
    }

    @Override
    public String send(String idempotencyKey, InteragencyKind kind, String snils) {
        throw new IllegalStateException("Межведомственный шлюз (СМЭВ) не настроен: запрос не отправлен. "
                + "Укажите zabota.interagency.gateway и повторите задание в Cockpit");
    }

    @Override
    public Optional<String> poll(String externalId) {
        return Optional.empty();
    }
}
