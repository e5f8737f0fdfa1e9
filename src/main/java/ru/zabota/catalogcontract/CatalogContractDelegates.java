package ru.zabota.catalogcontract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ru.zabota.catalogcontract.CatalogContractProcess.Vars.*;

/**
 * The service tasks of catalog-contract.bpmn. Each calls {@link CatalogContractService}, which checks the fact the
 * step records (a signature on the current text, a decline or a dispute with its author, the payment decision)
 * before it changes a status: a step reached any other way fails and the engine rolls it back or shows an incident.
 * The beans are prefixed {@code catalog…}: the [603] process has delegates of the same meaning.
 */
public final class CatalogContractDelegates {
    private CatalogContractDelegates() {
    }

    @Component("catalogRecordProviderAcceptance")
    public static class RecordProviderAcceptance implements JavaDelegate {
        private final CatalogContractService contracts;
        private final Deadlines deadlines;

        public RecordProviderAcceptance(CatalogContractService contracts, Deadlines deadlines) {
            this.contracts = contracts;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markProviderAccepted(CONTRACT_ID.required(e));
            CITIZEN_DUE.set(e, deadlines.citizenDue());
        }
    }

    @Component("catalogStartWork")
    public static class StartWork implements JavaDelegate {
        private final CatalogContractService contracts;
        private final Deadlines deadlines;

        public StartWork(CatalogContractService contracts, Deadlines deadlines) {
            this.contracts = contracts;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution e) {
            Long id = CONTRACT_ID.required(e);
            contracts.markInWork(id);
            WORK_DUE.set(e, deadlines.workDue(contracts.plannedDate(id)));
        }
    }

    @Component("catalogRecordDone")
    public static class RecordDone implements JavaDelegate {
        private final CatalogContractService contracts;
        private final Deadlines deadlines;

        public RecordDone(CatalogContractService contracts, Deadlines deadlines) {
            this.contracts = contracts;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markDone(CONTRACT_ID.required(e));
            ACCEPTANCE_DUE.set(e, deadlines.acceptanceDue());
        }
    }

    @Component("catalogRecordDispute")
    public static class RecordDispute implements JavaDelegate {
        private final CatalogContractService contracts;
        private final Deadlines deadlines;

        public RecordDispute(CatalogContractService contracts, Deadlines deadlines) {
            this.contracts = contracts;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution e) {
            Long id = CONTRACT_ID.required(e);
            contracts.markDisputed(id);
            WORK_DUE.set(e, deadlines.workDue(contracts.plannedDate(id)));
        }
    }

    @Component("catalogExecute")
    public static class Execute implements JavaDelegate {
        private final CatalogContractService contracts;

        public Execute(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markExecuted(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogAcceptAutomatically")
    public static class AcceptAutomatically implements JavaDelegate {
        private final CatalogContractService contracts;

        public AcceptAutomatically(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.acceptAutomatically(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogIssueReceipt")
    public static class IssueReceipt implements JavaDelegate {
        private final CatalogContractService contracts;
        private final CatalogContractViews views;
        private final Deadlines deadlines;

        public IssueReceipt(CatalogContractService contracts, CatalogContractViews views, Deadlines deadlines) {
            this.contracts = contracts;
            this.views = views;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution e) {
            Long id = CONTRACT_ID.required(e);
            RECEIPT_ID.set(e, contracts.issueReceipt(id, views.unitLabelOf(id)));
            PAYMENT_DUE.set(e, deadlines.paymentDue());
        }
    }

    @Component("catalogConfirmPayment")
    public static class ConfirmPayment implements JavaDelegate {
        private final CatalogContractService contracts;

        public ConfirmPayment(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markPaid(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogRejectPayment")
    public static class RejectPayment implements JavaDelegate {
        private final CatalogContractService contracts;

        public RejectPayment(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markPaymentRejected(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogClosePaymentWait")
    public static class ClosePaymentWait implements JavaDelegate {
        private final CatalogContractService contracts;

        public ClosePaymentWait(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.closePaymentWait(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogDecline")
    public static class Decline implements JavaDelegate {
        private final CatalogContractService contracts;

        public Decline(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markDeclined(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogCancelProviderSilent")
    public static class CancelProviderSilent implements JavaDelegate {
        private final CatalogContractService contracts;

        public CancelProviderSilent(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.cancelProviderSilent(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogCancelCitizenSilent")
    public static class CancelCitizenSilent implements JavaDelegate {
        private final CatalogContractService contracts;

        public CancelCitizenSilent(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.cancelCitizenSilent(CONTRACT_ID.required(e));
        }
    }

    @Component("catalogCancelNotDone")
    public static class CancelNotDone implements JavaDelegate {
        private final CatalogContractService contracts;

        public CancelNotDone(CatalogContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.cancelNotDone(CONTRACT_ID.required(e));
        }
    }
}
