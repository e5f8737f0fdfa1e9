package ru.zabota.notification;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import ru.zabota.people.Representation;

import java.time.LocalDate;
import java.util.List;

/** The e-mail addresses a notice goes to: the person's profile (or their legal representatives'), the provider's. */
interface NoticeRecipients extends Repository<Representation, Long> {
    @Query("select p.email from Person p where p.id = :id")
    List<String> personEmail(@Param("id") Long personId);

    @Query("select r.representative.email from Representation r where r.represented.id = :id "
            + "and (r.validUntil is null or r.validUntil >= :day)")
    List<String> representativeEmails(@Param("id") Long personId, @Param("day") LocalDate day);

    @Query("select p.email from Provider p where p.id = :id")
    List<String> providerEmail(@Param("id") Long providerId);
}
