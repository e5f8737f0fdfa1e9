package ru.zabota.people;

import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import ru.zabota.common.NotFoundException;

/** Reads and corrects the profile of the person being acted for. */
@Service
@Validated
@Transactional
public class ProfileService {
    private final PersonRepository people;

    public ProfileService(PersonRepository people) {
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Person person(Long personId) {
        return people.findById(personId).orElseThrow(() -> new NotFoundException("Нет профиля"));
    }

    public Person updateContacts(Long personId, @Valid ContactDetails details) {
        Person p = person(personId);
        p.setAddress(blankToNull(details.address()));
        p.setPhone(blankToNull(details.phone()));
        p.setEmail(blankToNull(details.email()));
        p.setInn(blankToNull(details.inn()));
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
