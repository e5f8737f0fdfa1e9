package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** V6 on H2 (plain mode, as the embedded default): existing images and bases move, the new indexes exist. */
class V6MigrationTest {
    @Test
    void migratesExistingRowsAndAddsTheIndexes() {
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:v6-migration;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            V6MigrationCheck.run(dataSource, null);
            List<String> indexes = jdbc.queryForList("SELECT lower(index_name) FROM information_schema.indexes"
                    + " WHERE table_schema = 'PUBLIC'", String.class);
            assertThat(indexes).containsAll(V6MigrationCheck.NEW_INDEXES).doesNotContain("ix_contract_provider");
        } finally {
            jdbc.execute("DROP ALL OBJECTS");
        }
    }
}
