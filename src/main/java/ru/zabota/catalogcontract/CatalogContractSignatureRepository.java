package ru.zabota.catalogcontract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CatalogContractSignatureRepository extends JpaRepository<CatalogContractSignature, Long> {
    List<CatalogContractSignature> findByContractIdOrderBySignedAtAscIdAsc(Long contractId);

    Optional<CatalogContractSignature> findFirstByContractIdAndPartyOrderByRoundDesc(Long contractId, CatalogContractSignature.Party party);
}
