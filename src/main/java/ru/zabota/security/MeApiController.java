package ru.zabota.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who am I: the portal user, their roles and the person they act for. */
@RestController
@RequestMapping("/api/me")
public class MeApiController {
    private final ActingContext acting;

    public MeApiController(ActingContext acting) {
        this.acting = acting;
    }

    public record Me(String username, String fullName, List<PortalRole> roles, PortalRole role,
                     Long actingForPersonId, String actingForName, Long providerId, String providerName,
                     List<Represented> represented) {
    }

    public record Represented(Long personId, String fullName) {
    }

    @GetMapping
    public Me me() {
        Acting a = acting.current();
        PortalUser u = a.user();
        return new Me(u.username(), u.fullName(), List.copyOf(u.roles()), a.role(), a.personId(), a.personName(),
                u.providerId(), u.providerName(),
                acting.represented(u).stream().map(p -> new Represented(p.getId(), p.getFullName())).toList());
    }
}
