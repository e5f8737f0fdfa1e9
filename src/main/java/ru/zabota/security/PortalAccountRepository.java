package ru.zabota.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface PortalAccountRepository extends JpaRepository<PortalAccount, Long> {
    Optional<PortalAccount> findByUsername(String username);
}
