package ru.zabota.cases;

/** Case types are numbered as on the regional portal. */
public enum CaseType {
    NEED_601("601"), CERTIFICATE_602("602"), CONTRACT_603("603");

    private final String code;

    CaseType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
