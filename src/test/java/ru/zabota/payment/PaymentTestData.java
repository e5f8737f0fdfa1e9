package ru.zabota.payment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.zabota.security.PortalAccountRepository;
import ru.zabota.security.ProviderEmployeeRepository;

import java.math.BigDecimal;

/** The demo region's people and organisations by their portal accounts, for receipts issued straight through the service. */
@Component
public class PaymentTestData {
    private final PortalAccountRepository accounts;
    private final ProviderEmployeeRepository employees;

    public PaymentTestData(PortalAccountRepository accounts, ProviderEmployeeRepository employees) {
        this.accounts = accounts;
        this.employees = employees;
    }

    @Transactional(readOnly = true)
    public Long personOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getPerson().getId();
    }

    @Transactional(readOnly = true)
    public Long providerOf(String username) {
        return employees.findByAccountId(accounts.findByUsername(username).orElseThrow().getId()).get(0).getProvider().getId();
    }

    public ReceiptRequest request(long catalogContractId, String citizen, String provider, String amount) {
        return new ReceiptRequest(catalogContractId, "K-2026-%06d".formatted(catalogContractId % 1_000_000), providerOf(provider),
                personOf(citizen), "Социальное такси по Ханты-Мансийску", new BigDecimal("3"), "поездка", new BigDecimal(amount));
    }
}
