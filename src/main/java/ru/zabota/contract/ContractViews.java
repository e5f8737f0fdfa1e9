package ru.zabota.contract;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.zabota.registry.ProviderReview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API answers and the pages (cabinet and staff) show of a contract. */
@Component
public class ContractViews {
    private final ContractService contracts;
    private final DeliveryService deliveries;
    private final MessageSource messages;

    public ContractViews(ContractService contracts, DeliveryService deliveries, MessageSource messages) {
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    /**
     * A service of the contract: its ИППСУ periodicity and the units per month it gives, the cost per month
     * (tariff × units per month), the ИППСУ's volume for the term and the contract's volume for the term.
     */
    public record LineView(Long id, String service, String unit, BigDecimal tariff, int programmeVolume, String frequency,
                           String periodicity, BigDecimal monthlyUnits, BigDecimal monthlyCost, int ippsuVolume,
                           int termVolume, long planned, long delivered) {
    }

    public record ReviewView(int rating, String comment, Instant createdAt) {
    }

    public record SignatureView(SigningParty party, String signer, Instant signedAt, String documentHash) {
    }

    public record ContractView(Long id, String number, ContractStatus status, String statusLabel, Long providerId,
                               String provider, Long recipientId, String recipient, ContractBasis basis, LocalDate termFrom,
                               LocalDate termTo, List<LineView> lines, BigDecimal monthlyCost, BigDecimal fee,
                               String feeExplanation, List<String> feeSteps, BigDecimal termCost, String declineReason, List<SignatureView> signatures,
                               boolean actSignable, ReviewView review, boolean ratingOpen) {
    }

    /** A row of «Договоры»: who, which, when, in which status; the whole contract is {@link ContractView}. */
    public record ContractSummary(Long id, String number, ContractStatus status, String statusLabel, Long providerId,
                                  String provider, Long recipientId, String recipient, LocalDate termFrom, LocalDate termTo) {
    }

    public String statusLabel(ContractStatus status) {
        return messages.getMessage("ContractStatus." + status, null, status.name(), LocaleContextHolder.getLocale());
    }

    public ContractSummary summary(Contract c) {
        return new ContractSummary(c.getId(), c.getNumber(), c.getStatus(), statusLabel(c.getStatus()),
                c.getProvider().getId(), c.getProvider().getShortName(), c.getPerson().getId(), c.getPerson().getFullName(),
                c.getTermFrom(), c.getTermTo());
    }

    public ReviewView review(ProviderReview r) {
        return new ReviewView(r.getRating(), r.getComment(), r.getCreatedAt());
    }

    public ContractView view(Contract c) {
        var fee = contracts.fee(c);
        var progress = deliveries.progress(c);
        return new ContractView(c.getId(), c.getNumber(), c.getStatus(),
                statusLabel(c.getStatus()),
                c.getProvider().getId(), c.getProvider().getShortName(), c.getPerson().getId(), c.getPerson().getFullName(),
                c.getBasis(), c.getTermFrom(), c.getTermTo(),
                c.getLines().stream().map(l -> new LineView(l.getId(), l.getServiceType().getName(), l.getServiceType().getUnit(),
                        l.getTariff(), l.getProgrammeVolume(), l.getFrequency(), l.periodicity().describe(),
                        Contract.monthlyUnits(l), Contract.monthlyLineCost(l), c.ippsuVolumeForTerm(l), c.termVolume(l),
                        progress.get(l.getId()).planned(), progress.get(l.getId()).delivered())).toList(),
                c.monthlyCost(), fee.map(FeeCalculator.Fee::fee).orElse(null), fee.map(FeeCalculator.Fee::explanation).orElse(null),
                fee.map(FeeCalculator.Fee::steps).orElse(List.of()), c.termCost(), c.getDeclineReason(),
                contracts.signaturesOf(c.getId()).stream().map(s -> new SignatureView(s.getParty(), s.getSigner(), s.getSignedAt(), s.getDocumentHash())).toList(),
                c.getStatus() == ContractStatus.ACTIVE && progress.values().stream().allMatch(DeliveryService.Progress::complete),
                contracts.reviewOf(c.getId()).map(this::review).orElse(null),
                contracts.ratingOpen(c));
    }
}
