package ru.zabota.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnilsInnTest {

    @Test
    void snilsChecksum() {
        assertThat(Snils.isValid("112-233-445 95")).isTrue();
        assertThat(Snils.isValid("11223344595")).isTrue();
        assertThat(Snils.isValid("112-233-445 96")).isFalse();
        assertThat(Snils.isValid("112-233-445")).isFalse();
        assertThat(Snils.isValid("abc")).isFalse();
        // sums of 100 and 101 give check number 00
        assertThat(Snils.withChecksum("911010000")).endsWith(" 00");
    }

    @Test
    void generatedSnilsIsValid() {
        for (String nine : new String[]{"123456789", "987654321", "000000001", "556677889"}) {
            assertThat(Snils.isValid(Snils.withChecksum(nine))).as(nine).isTrue();
        }
    }

    @Test
    void innChecksums() {
        assertThat(Inn.isValid("7707083893")).isTrue();      // organisation, 10 digits
        assertThat(Inn.isValid("7707083894")).isFalse();
        assertThat(Inn.isValid("500100732259")).isTrue();    // person, 12 digits
        assertThat(Inn.isValid("500100732258")).isFalse();
        assertThat(Inn.isValidPersonal("7707083893")).isFalse();
        assertThat(Inn.isValid(Inn.withChecksum("8601012345"))).isTrue();
    }
}
