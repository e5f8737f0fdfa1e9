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

    /** A 6000×6000 picture compresses to a few KB: refused from its header, in well under the time a decode takes. */
    @Test
    void aHugePictureIsRefusedBeforeItIsDecoded() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(6000, 6000, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        assertThat(out.size()).isLessThan(DeliveryService.MAX_SIGNATURE_BYTES);
        String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        long start = System.nanoTime();
        assertThat(codeOf(dataUrl)).isEqualTo("signature-too-large");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("6000x6000 PNG refused in " + millis + " ms");
        assertThat(millis).as("refused without decoding").isLessThan(200);
    }
}
