package ru.zabota.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The act of services (акт о предоставлении социальных услуг) of a contract: each service with its volume planned
 * for the term, the volume delivered and confirmed, and its sum at the tariff; the provider's signature of the
 * contract and the recipient's signature of the act, each with the person's name and the document's SHA-256.
 */
public record ServiceAct(String contractNumber, String provider, String providerInn, String recipient, String recipientSnils,
                         LocalDate termFrom, LocalDate termTo, List<Line> lines, BigDecimal total, long confirmedDeliveries,
                         Optional<ContractSignature> providerSignature, Optional<ContractSignature> recipientSignature,
                         String actHash) {

    public record Line(String service, String unit, BigDecimal tariff, int planned, long delivered, BigDecimal sum) {
    }

    static ServiceAct of(Contract c, Map<Long, DeliveryService.Progress> progress, long confirmed,
                         List<ContractSignature> signatures, String actHash) {
        List<Line> lines = c.getLines().stream().map(l -> {
            long delivered = progress.get(l.getId()).delivered();
            return new Line(l.getServiceType().getName(), l.getServiceType().getUnit(), l.getTariff(), c.termVolume(l), delivered,
                    l.getTariff().multiply(BigDecimal.valueOf(delivered)).setScale(2, java.math.RoundingMode.HALF_UP));
        }).toList();
        BigDecimal total = lines.stream().map(Line::sum).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
        return new ServiceAct(c.getNumber(), c.getProvider().getFullName(), c.getProvider().getInn(), c.getPerson().getFullName(),
                c.getPerson().getMaskedSnils(), c.getTermFrom(), c.getTermTo(), lines, total, confirmed,
                signatures.stream().filter(s -> s.getParty() == SigningParty.PROVIDER).findFirst(),
                signatures.stream().filter(s -> s.getParty() == SigningParty.ACT).findFirst(), actHash);
    }
}
