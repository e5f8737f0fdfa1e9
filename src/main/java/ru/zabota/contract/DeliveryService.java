package ru.zabota.contract;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.needs.DeliveredVolumes;
import ru.zabota.common.DomainProblem;
import ru.zabota.common.NotFoundException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Календарь оказаний: the provider's employees schedule deliveries of an active contract's services within its
 * term and volumes; the recipient confirms each by a drawn signature, after which it is fixed.
 */
@Service
@Transactional
public class DeliveryService implements DeliveredVolumes {
    static final String DATA_URL_PREFIX = "data:image/png;base64,";
    static final int MAX_SIGNATURE_BYTES = 300 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final DeliveryRepository deliveries;
    private final DeliverySignatureRepository signatures;
    private final ContractRepository contracts;
    private final Clock clock;

    public DeliveryService(DeliveryRepository deliveries, DeliverySignatureRepository signatures, ContractRepository contracts,
                           Clock clock) {
        this.deliveries = deliveries;
        this.signatures = signatures;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** Planned (all in the calendar) and delivered (confirmed) units of a contract line. */
    public record Progress(long planned, long delivered, int volume) {
        public boolean complete() {
            return delivered >= volume;
        }
    }

    // ---- the provider's calendar ------------------------------------------------------------------------------

    public Delivery schedule(Long providerId, Long contractId, Long lineId, LocalDateTime at, String actor) {
        Contract c = contracts.findLockedById(contractId).filter(x -> x.getProvider().getId().equals(providerId))
                .orElseThrow(() -> new NotFoundException("Нет такого договора"));
        ContractLine line = checkedSlot(c, lineId, at, null);
        return deliveries.save(new Delivery(c, line, at, actor, clock.instant()));
    }

    public Delivery reschedule(Long providerId, Long deliveryId, Long lineId, LocalDateTime at) {
        Delivery d = ofProvider(deliveryId, providerId);
        requireUnconfirmed(d);
        Contract c = contracts.findLockedById(d.getContract().getId()).orElseThrow();
        ContractLine line = checkedSlot(c, lineId == null ? d.getLine().getId() : lineId, at, d);
        d.reschedule(line, at);
        return d;
    }

    public void delete(Long providerId, Long deliveryId) {
        Delivery d = ofProvider(deliveryId, providerId);
        requireUnconfirmed(d);
        deliveries.delete(d);
    }

    private ContractLine checkedSlot(Contract c, Long lineId, LocalDateTime at, Delivery moving) {
        if (c.getStatus() != ContractStatus.ACTIVE) {
            throw DomainProblem.conflict("contract-not-active", "Оказания вносятся в календарь только по действующему договору");
        }
        if (lineId == null || at == null) {
            throw DomainProblem.unprocessable("invalid-delivery", "Выберите услугу, день и время оказания");
        }
        ContractLine line = c.getLines().stream().filter(l -> l.getId().equals(lineId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Нет такой услуги в договоре"));
        LocalDate day = at.toLocalDate();
        if (day.isBefore(c.getTermFrom()) || day.isAfter(c.getTermTo())) {
            throw DomainProblem.unprocessable("outside-term", "Дата оказания должна быть в период действия договора: %s — %s"
                    .formatted(DAY.format(c.getTermFrom()), DAY.format(c.getTermTo())));
        }
        boolean sameLine = moving != null && moving.getLine().getId().equals(lineId);
        long taken = deliveries.countByLineId(lineId) - (sameLine ? 1 : 0);
        int volume = c.termVolume(line);
        if (taken >= volume) {
            throw DomainProblem.unprocessable("volume-exhausted", "По услуге «%s» в календаре уже весь объём договора: %d"
                    .formatted(line.getServiceType().getName(), volume));
        }
        return line;
    }

    private static void requireUnconfirmed(Delivery d) {
        if (d.isConfirmed()) {
            throw DomainProblem.conflict("delivery-confirmed", "Оказание услуги подтверждено получателем: изменить или удалить его нельзя");
        }
    }

    // ---- confirmation -----------------------------------------------------------------------------------------

    /**
     * The recipient confirms a delivery that has taken place by signing on the screen: on the worker's phone at
     * the visit (providerId) or in their own cabinet (personId). Confirming again changes nothing.
     */
    public Delivery confirm(Long deliveryId, Long personId, Long providerId, String signatureDataUrl, String actor) {
        Delivery d = visible(deliveryId, personId, providerId);
        if (d.isConfirmed()) return d;
        if (d.getContract().getStatus() != ContractStatus.ACTIVE) {
            throw DomainProblem.conflict("contract-not-active", "Договор не действует: оказание подтвердить нельзя");
        }
        if (d.getScheduledAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            throw DomainProblem.conflict("delivery-in-future", "Подтвердить можно только состоявшееся оказание; это запланировано на "
                    + DAY_TIME.format(d.getScheduledAt()));
        }
        byte[] png = signaturePng(signatureDataUrl);
        d.confirm(actor, clock.instant(), DocumentHash.of(canonicalText(d, png)));
        // the versioned update first: of two confirmations at once the second fails here (409), before its image
        deliveries.flush();
        signatures.saveAndFlush(new DeliverySignature(d, png));
        return d;
    }

    /** What the recipient confirms: the delivery and the drawn signature; its SHA-256 is kept with it. */
    static String canonicalText(Delivery d, byte[] png) {
        Contract c = d.getContract();
        return "Подтверждение оказания социальной услуги\n"
                + "Договор № " + c.getNumber() + '\n'
                + "Поставщик: " + c.getProvider().getFullName() + '\n'
                + "Получатель: " + c.getPerson().getFullName() + '\n'
                + "Услуга: " + d.getLine().getServiceType().getCode() + ' ' + d.getLine().getServiceType().getName() + '\n'
                + "Дата и время: " + DAY_TIME.format(d.getScheduledAt()) + '\n'
                + "Подпись: " + DocumentHash.of(png) + '\n';
    }

    /** A PNG data URL with something drawn on it; anything else is refused with a message that holds for whoever holds the screen (the worker's phone or the recipient's own). */
    static byte[] signaturePng(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            throw DomainProblem.unprocessable("signature-required", "Нет подписи: получатель услуг расписывается в поле для подписи");
        }
        if (!dataUrl.startsWith(DATA_URL_PREFIX)) {
            throw DomainProblem.unprocessable("signature-invalid", "Подпись должна быть изображением PNG");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(DATA_URL_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw DomainProblem.unprocessable("signature-invalid", "Подпись должна быть изображением PNG");
        }
        if (png.length > MAX_SIGNATURE_BYTES) {
            throw DomainProblem.unprocessable("signature-too-large", "Изображение подписи слишком большое");
        }
        checkPngHeader(png);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) throw DomainProblem.unprocessable("signature-invalid", "Подпись должна быть изображением PNG");
        if (blank(image)) {
            throw DomainProblem.unprocessable("signature-required", "Поле подписи пустое: получатель услуг расписывается в поле для подписи");
        }
        return png;
    }

    static final int MAX_SIGNATURE_WIDTH = 2000;
    static final int MAX_SIGNATURE_HEIGHT = 1000;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * Reads the size from the PNG header (IHDR) before anything is decoded: a small file can declare a huge picture,
     * and decoding 6000×6000 pixels costs more than a second of CPU per request.
     */
    private static void checkPngHeader(byte[] png) {
        if (png.length < 24 || !java.util.Arrays.equals(java.util.Arrays.copyOf(png, 8), PNG_MAGIC)
                || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            throw DomainProblem.unprocessable("signature-invalid", "Подпись должна быть изображением PNG");
        }
        var header = java.nio.ByteBuffer.wrap(png, 16, 8);
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        if (width == 0 || height == 0 || width > MAX_SIGNATURE_WIDTH || height > MAX_SIGNATURE_HEIGHT) {
            throw DomainProblem.unprocessable("signature-too-large",
                    "Изображение подписи слишком большое: не больше %d × %d точек".formatted(MAX_SIGNATURE_WIDTH, MAX_SIGNATURE_HEIGHT));
        }
    }

    /** No visible stroke: every pixel transparent or near white. */
    private static boolean blank(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24, r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
                if (alpha > 32 && (r < 200 || g < 200 || b < 200) && ++inked >= 20) return false;
            }
        }
        return true;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The delivery if the caller is the recipient (personId) or works for the provider (providerId); else 404. */
    @Transactional(readOnly = true)
    public Delivery visible(Long deliveryId, Long personId, Long providerId) {
        return deliveries.findWithContractById(deliveryId)
                .filter(d -> d.getContract().getPerson().getId().equals(personId) || d.getProviderId().equals(providerId))
                .orElseThrow(() -> new NotFoundException("Нет такого оказания"));
    }

    private Delivery ofProvider(Long deliveryId, Long providerId) {
        return visible(deliveryId, null, providerId);
    }

    /** The drawn signature (PNG) of a delivery the caller may see (as {@link #visible}); 404 while unconfirmed. */
    @Transactional(readOnly = true)
    public byte[] signatureImage(Long deliveryId, Long personId, Long providerId) {
        Delivery d = visible(deliveryId, personId, providerId);
        return signatures.imageOf(d.getId()).orElseThrow(() -> new NotFoundException("Оказание ещё не подписано"));
    }

    @Transactional(readOnly = true)
    public List<Delivery> ofContract(Long contractId) {
        return deliveries.findByContractIdOrderByScheduledAtAscIdAsc(contractId);
    }

    @Transactional(readOnly = true)
    public List<Delivery> calendar(Long providerId, LocalDate from, LocalDate toExclusive, Long contractId) {
        return deliveries.calendar(providerId, from.atStartOfDay(), toExclusive.atStartOfDay(), contractId);
    }

    /** Per contract line: planned, delivered and the volume for the term, counted in the database. */
    @Transactional(readOnly = true)
    public Map<Long, Progress> progress(Contract c) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : deliveries.countsByLine(c.getId())) {
            long[] n = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            long count = (Long) row[2];
            n[0] += count;
            if (row[1] == DeliveryStatus.CONFIRMED) n[1] += count;
        }
        Map<Long, Progress> result = new HashMap<>();
        for (ContractLine l : c.getLines()) {
            long[] n = counts.getOrDefault(l.getId(), new long[2]);
            result.put(l.getId(), new Progress(n[0], n[1], c.termVolume(l)));
        }
        return result;
    }

    public boolean allDelivered(Contract c) {
        return !c.getLines().isEmpty() && progress(c).values().stream().allMatch(Progress::complete);
    }

    /** Per service type over a person's contracts in force or executed: {planned, delivered}. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, long[]> countsByServiceType(Long personId) {
        Collection<Long> ids = contracts.findByPersonIdAndStatusIn(personId, List.of(ContractStatus.ACTIVE, ContractStatus.EXECUTED))
                .stream().map(Contract::getId).toList();
        Map<Long, long[]> result = new HashMap<>();
        if (ids.isEmpty()) return result;
        for (Object[] row : deliveries.countsByServiceType(ids)) {
            long[] n = result.computeIfAbsent((Long) row[0], k -> new long[2]);
            long count = (Long) row[2];
            n[0] += count;
            if (row[1] == DeliveryStatus.CONFIRMED) n[1] += count;
        }
        return result;
    }
}
