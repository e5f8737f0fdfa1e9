package ru.zabota.staff;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.certificate.StaffPages;
import ru.zabota.people.PersonalDataAccessLog;

import static org.assertj.core.api.Assertions.assertThat;

/** 152-ФЗ: each staff read of a citizen's card leaves an entry (who, whose, what, when) that the head reads. */
@ZabotaSpringTest
class PersonalDataAccessLogTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataAccessLog log;
    @LocalServerPort
    int port;

    @Test
    void theHeadSeesWhoOpenedWhoseCard() throws Exception {
        Long caseId = jdbc.queryForObject("select min(id) from social_case", Long.class);
        Long personId = jdbc.queryForObject("select applicant_id from social_case where id = ?", Long.class, caseId);
        int before = jdbc.queryForObject("select count(*) from personal_data_access where person_id = ? and staff_user = 'specialist2'",
                Integer.class, personId);

        StaffPages specialist = StaffPages.login(port, "specialist2");
        assertThat(specialist.get("/staff/cases/" + caseId).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_access where person_id = ? and staff_user = 'specialist2'",
                Integer.class, personId)).isEqualTo(before + 1);
        // the journal is the head's
        assertThat(specialist.get("/staff/access-log").statusCode()).isEqualTo(404);

        StaffPages head = StaffPages.login(port, "head");
        var journal = head.get("/staff/access-log?personId=" + personId);
        assertThat(journal.statusCode()).isEqualTo(200);
        String name = jdbc.queryForObject("select last_name from person where id = ?", String.class, personId);
        assertThat(journal.body()).contains("(specialist2)").contains(name).contains("Карточка обращения");
        assertThat(head.get("/staff/cases").body()).contains("Журнал доступа к персональным данным");

        // kept for the retention period, not forever
        jdbc.update("update personal_data_access set accessed_at = accessed_at - interval '4' year where staff_user = 'specialist2'");
        assertThat(log.forgetExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_access where staff_user = 'specialist2'", Integer.class)).isZero();
    }
}
