package ru.zabota.portal;

import ru.zabota.people.Person;

import ru.zabota.people.ContactDetails;

import ru.zabota.people.ProfileService;

import jakarta.validation.Valid;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import ru.zabota.security.ActingContext;

import java.time.LocalDate;

/** The profile of the person acted for: read it, correct contacts (ИНН validated). */
@RestController
@RequestMapping("/api/profile")
public class ProfileApiController {
    private final ActingContext acting;
    private final ProfileService profiles;

    public ProfileApiController(ActingContext acting, ProfileService profiles) {
        this.acting = acting;
        this.profiles = profiles;
    }

    public record Profile(Long id, String fullName, LocalDate birthDate, String address, String snils, String inn,
                          String phone, String email) {
        static Profile of(Person p) {
            return new Profile(p.getId(), p.getFullName(), p.getBirthDate(), p.getAddress(), p.getSnils(), p.getInn(),
                    p.getPhone(), p.getEmail());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    public Profile get() {
        return Profile.of(profiles.person(acting.current().personId()));
    }

    @PutMapping
    @Transactional
    public Profile update(@Valid @RequestBody ContactDetails details) {
        return Profile.of(profiles.updateContacts(acting.current().personId(), details));
    }
}
