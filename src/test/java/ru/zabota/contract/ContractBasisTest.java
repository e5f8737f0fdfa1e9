package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import ru.zabota.registry.ServiceForm;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The basis id goes to the foreign-key column of its kind; callers still read it as {@code getBasisId()}. */
class ContractBasisTest {
    private static Contract on(ContractBasis basis, long id) {
        return new Contract("603-2026-000001", 1L, null, null, basis, id, ServiceForm.HOME, "citizen", Instant.EPOCH);
    }

    @Test
    void theBasisIdIsReadBackForBothKinds() {
        assertThat(on(ContractBasis.IPPSU, 5).getBasisId()).isEqualTo(5L);
        assertThat(on(ContractBasis.CERTIFICATE, 7).getBasisId()).isEqualTo(7L);
    }

    @Test
    void onlyTheColumnOfTheBasisIsSet() throws Exception {
        Contract ippsu = on(ContractBasis.IPPSU, 5), certificate = on(ContractBasis.CERTIFICATE, 7);
        assertThat(field(ippsu, "ippsuId")).isEqualTo(5L);
        assertThat(field(ippsu, "certificateId")).isNull();
        assertThat(field(certificate, "certificateId")).isEqualTo(7L);
        assertThat(field(certificate, "ippsuId")).isNull();
        assertThatThrownBy(() -> Contract.class.getDeclaredField("basisId")).isInstanceOf(NoSuchFieldException.class);
    }

    private static Object field(Contract c, String name) throws ReflectiveOperationException {
        var f = Contract.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(c);
    }
}
