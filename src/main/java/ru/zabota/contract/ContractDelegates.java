package ru.zabota.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ru.zabota.contract.SocialContractProcess.Vars.*;

/** The service tasks of social-contract-603.bpmn; each moves the contract's status where Cockpit shows it. */
public final class ContractDelegates {
    private ContractDelegates() {
    }

    static Long contractId(DelegateExecution e) {
        return ((Number) e.getVariable(CONTRACT_ID)).longValue();
    }

    /** «Зафиксировать подпись поставщика» → «На подписании». */
    @Component("recordProviderSignature")
    public static class RecordProviderSignature implements JavaDelegate {
        private final ContractService contracts;

        public RecordProviderSignature(ContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markSignedByProvider(contractId(e));
        }
    }

    /** «Ввести договор в действие» → «Действующий», case [603] «Удовлетворено». */
    @Component("activateContract")
    public static class ActivateContract implements JavaDelegate {
        private final ContractService contracts;

        public ActivateContract(ContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.activate(contractId(e));
        }
    }

    /** «Отклонить договор» → «Отклонён» with the reason. */
    @Component("declineContract")
    public static class DeclineContract implements JavaDelegate {
        private final ContractService contracts;

        public DeclineContract(ContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markDeclined(contractId(e), (String) e.getVariable(DECLINE_REASON));
        }
    }

    /** «Исполнить договор» after the act is signed → «Исполнен». */
    @Component("executeContract")
    public static class ExecuteContract implements JavaDelegate {
        private final ContractService contracts;

        public ExecuteContract(ContractService contracts) {
            this.contracts = contracts;
        }

        @Override
        public void execute(DelegateExecution e) {
            contracts.markExecuted(contractId(e));
        }
    }
}
