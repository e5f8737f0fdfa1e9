package ru.zabota.certificate;

/** Types of certificate a citizen may apply for (seed 000 «Подача заявления на получение сертификата»). */
public enum CertificateType {
    CERTIFICATE, SOCIAL_CERTIFICATE
}
