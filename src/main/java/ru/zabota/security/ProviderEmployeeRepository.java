package ru.zabota.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ProviderEmployeeRepository extends JpaRepository<ProviderEmployee, Long> {
    @Query("select e from ProviderEmployee e join fetch e.provider where e.account.id = :accountId")
    List<ProviderEmployee> findByAccountId(Long accountId);

    @Query("select e from ProviderEmployee e join fetch e.account a join fetch a.person where e.provider.id = :providerId and e.role = :role")
    List<ProviderEmployee> findByProviderIdAndRole(Long providerId, EmployeeRole role);
}
