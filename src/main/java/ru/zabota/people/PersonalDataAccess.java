package ru.zabota.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** One staff read of a citizen's personal data (152-ФЗ ст. 18.1, 19: the operator controls access to it). */
@Entity
public class PersonalDataAccess {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String staffUser;
    private String staffName;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;
    private String what;
    private Instant accessedAt;

    protected PersonalDataAccess() {
    }

    PersonalDataAccess(String staffUser, String staffName, Person person, String what, Instant at) {
        this.staffUser = staffUser;
        this.staffName = staffName;
        this.person = person;
        this.what = what;
        this.accessedAt = at;
    }

    public Long getId() { return id; }
    public String getStaffUser() { return staffUser; }
    public String getStaffName() { return staffName; }
    public Person getPerson() { return person; }
    public String getWhat() { return what; }
    public Instant getAccessedAt() { return accessedAt; }
}
