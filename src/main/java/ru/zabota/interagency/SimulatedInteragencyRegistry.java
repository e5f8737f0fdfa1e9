package ru.zabota.interagency;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import ru.zabota.people.Snils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SIMULATOR of the external registries for development and tests — not СМЭВ. Answers from a few seeded records
 * after a configurable delay ({@code zabota.interagency.simulator.delay}); a СНИЛС listed in
 * {@code zabota.interagency.simulator.silent-snils} never gets an answer, so the request deadline can be seen.
 * Time is the engine's clock, so process tests can move it. Active only with {@code zabota.interagency.gateway=simulator};
 * it keeps what was sent in memory, so it serves one node.
 */
@Component
@ConditionalOnProperty(name = "zabota.interagency.gateway", havingValue = "simulator")
public class SimulatedInteragencyRegistry implements InteragencyGateway {
    private static final Map<String, String> INCOME = Map.of(
            "112-233-445 95", "СФР: среднедушевой доход за 12 месяцев — 21 500,00 ₽ (пенсия по старости)",
            "334-455-667 84", "ФНС: среднедушевой доход семьи за 12 месяцев — 19 800,00 ₽");
    private static final Map<String, String> DISABILITY = Map.of(
            "445-566-778 28", "ФГИС ФРИ: ребёнок-инвалид, категория «ребёнок-инвалид», срок — до 09.02.2033");

    private final Duration delay;
    private final String silentSnils;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();

    record Sent(InteragencyKind kind, String snils, Instant at) {
    }

    public SimulatedInteragencyRegistry(@Value("${zabota.interagency.simulator.delay:PT2M}") Duration delay,
                                        @Value("${zabota.interagency.simulator.silent-snils:}") String silentSnils) {
        this.delay = delay;
        this.silentSnils = silentSnils;
    }

    @Override
    public String send(String idempotencyKey, InteragencyKind kind, String snils) {
        String id = "SIM-" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
        sent.putIfAbsent(id, new Sent(kind, Snils.normalize(snils), ClockUtil.getCurrentTime().toInstant()));
        return id;
    }

    @Override
    public Optional<String> poll(String externalId) {
        Sent s = sent.get(externalId);
        if (s == null || (!silentSnils.isBlank() && silentSnils.contains(s.snils()))) return Optional.empty();
        if (ClockUtil.getCurrentTime().toInstant().isBefore(s.at().plus(delay))) return Optional.empty();
        String answer = (s.kind() == InteragencyKind.INCOME ? INCOME : DISABILITY).get(s.snils());
        return Optional.of(answer != null ? answer : "Сведения в реестре не найдены (ответ симулятора)");
    }
}
