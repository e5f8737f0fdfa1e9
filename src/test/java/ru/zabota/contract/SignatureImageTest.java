package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import ru.zabota.common.DomainProblem;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the signature pad may send: a PNG data URL with something drawn; anything else is refused in Russian. */
class SignatureImageTest {

    private static String codeOf(String dataUrl) {
        try {
            DeliveryService.signaturePng(dataUrl);
            return "accepted";
        } catch (DomainProblem p) {
            return p.code();
        }
    }

    @Test
    void aDrawnSignatureIsKeptAsPng() {
        byte[] png = DeliveryService.signaturePng(ContractJourney.drawnSignature());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void emptyBlankOrForeignImagesAreRefused() {
        assertThat(codeOf(null)).isEqualTo("signature-required");
        assertThat(codeOf(" ")).isEqualTo("signature-required");
        assertThat(codeOf(ContractJourney.blankSignature())).isEqualTo("signature-required");
        assertThat(codeOf("data:image/jpeg;base64,/9j/4AAQ")).isEqualTo("signature-invalid");
        assertThat(codeOf("data:image/png;base64,not base64!")).isEqualTo("signature-invalid");
        assertThat(codeOf("data:image/png;base64," + Base64.getEncoder().encodeToString("<svg/>".getBytes()))).isEqualTo("signature-invalid");
        String huge = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[DeliveryService.MAX_SIGNATURE_BYTES + 1]);
        assertThat(codeOf(huge)).isEqualTo("signature-too-large");
        assertThatThrownBy(() -> DeliveryService.signaturePng(ContractJourney.blankSignature()))
                .hasMessageContaining("Поле подписи пустое");
    }
}
