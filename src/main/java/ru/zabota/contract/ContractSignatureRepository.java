package ru.zabota.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ContractSignatureRepository extends JpaRepository<ContractSignature, Long> {
    List<ContractSignature> findByContractIdOrderBySignedAtAsc(Long contractId);

    Optional<ContractSignature> findByContractIdAndParty(Long contractId, SigningParty party);
}
