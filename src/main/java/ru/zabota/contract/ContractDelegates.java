package ru.zabota.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.zabota.workflow.WorkingCalendar;

import static ru.zabota.contract.SocialContractProcess.Vars.*;

/**
 * The service tasks of social-contract-603.bpmn. Each moves the contract's status where Cockpit shows it, and only
 * after {@link ContractService} has found the fact it records (a signature, a decline with its author): a step
 * reached any other way fails, and the engine rolls it back or shows an incident.
 */
public final class ContractDelegates {
    private ContractDelegates() {
    }

    /** «Зафиксировать подпись поставщика» → «На подписании»; the recipient's deadline to sign starts. */
    @Component("recordProviderSignature")
    public static class RecordProviderSignature implements JavaDelegate {
        private final ContractService contracts;
        private final ContractNotices notices;
        private final WorkingCalendar calendar;
        private final int citizenDays;

        public RecordProviderSignature(ContractService contracts, ContractNotices notices, WorkingCalendar calendar,
                                       @Value("${zabota.contract.citizen-signature-working-days:10}") int citizenDays) {
            this.contracts = contracts;
            this.notices = notices;
            this.calendar = calendar;
            this.citizenDays = citizenDays;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markSignedByProvider(CONTRACT_ID.required(e));
            CITIZEN_DUE.set(e, calendar.dueAfter(citizenDays));
            notices.tell(CONTRACT_ID.required(e), ContractNotices.Event.SIGNED_BY_PROVIDER);
        }
    }

    /** «Ввести договор в действие» → «Действующий», case [603] «Удовлетворено»; delivery runs until the term's end. */
    @Component("activateContract")
    public static class ActivateContract implements JavaDelegate {
        private final ContractService contracts;
        private final ContractNotices notices;
        private final int actGraceDays;

        public ActivateContract(ContractService contracts, ContractNotices notices, @Value("${zabota.contract.act-grace-days:30}") int actGraceDays) {
            this.contracts = contracts;
            this.notices = notices;
            this.actGraceDays = actGraceDays;
        }

        @Override
        public void execute(DelegateExecution e) {
            Long id = CONTRACT_ID.required(e);
            contracts.activate(id);
            TERM_END.set(e, contracts.actDeadline(id, actGraceDays));
            notices.tell(CONTRACT_ID.required(e), ContractNotices.Event.ACTIVATED);
        }
    }

    /** «Отклонить договор» → «Отклонён», with the reason and the name of the party who declined. */
    @Component("declineContract")
    public static class DeclineContract implements JavaDelegate {
        private final ContractService contracts;
        private final ContractNotices notices;

        public DeclineContract(ContractService contracts, ContractNotices notices) {
            this.contracts = contracts;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markDeclined(CONTRACT_ID.required(e));
            notices.tell(CONTRACT_ID.required(e), ContractNotices.Event.DECLINED);
        }
    }

    /** «Отозвать запрос договора» → «Запрос отозван». */
    @Component("withdrawContract")
    public static class WithdrawContract implements JavaDelegate {
        private final ContractService contracts;
        private final ContractNotices notices;

        public WithdrawContract(ContractService contracts, ContractNotices notices) {
            this.contracts = contracts;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markWithdrawn(CONTRACT_ID.required(e));
            notices.tell(CONTRACT_ID.required(e), ContractNotices.Event.WITHDRAWN);
        }
    }

    /** «Закрыть неподписанный договор»: the recipient's deadline passed → «Отклонён». */
    @Component("expireContract")
    public static class ExpireContract implements JavaDelegate {
        private final ContractService contracts;
        private final ContractNotices notices;

        public ExpireContract(ContractService contracts, ContractNotices notices) {
            this.contracts = contracts;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markExpired(CONTRACT_ID.required(e));
            notices.tell(CONTRACT_ID.required(e), ContractNotices.Event.EXPIRED);
        }
    }

    /** «Закрыть договор по окончании срока» → «Закрыт по окончании срока». */
    @Component("closeContractAtTermEnd")
    public static class CloseContractAtTermEnd implements JavaDelegate {
        private final ContractService contracts;
        private final ContractNotices notices;

        public CloseContractAtTermEnd(ContractService contracts, ContractNotices notices) {
            this.contracts = contracts;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.closeAtTermEnd(CONTRACT_ID.required(e));
            notices.tell(CONTRACT_ID.required(e), ContractNotices.Event.CLOSED_AT_TERM_END);
        }
    }

    /** «Исполнить договор» after the act is signed → «Исполнен». */
    @Component("executeContract")
    public static class ExecuteContract implements JavaDelegate {
        private final ContractService contracts;
        private final ContractNotices notices;

        public ExecuteContract(ContractService contracts, ContractNotices notices) {
            this.contracts = contracts;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markExecuted(CONTRACT_ID.required(e));
            notices.tell(CONTRACT_ID.required(e), ContractNotices.Event.EXECUTED);
        }
    }
}
