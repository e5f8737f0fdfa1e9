package ru.zabota.portal;

import ru.zabota.registry.BankDetails;

/** The provider's bank details as typed in the cabinet profile (checked by {@link BankDetails#problems}). */
public class BankDetailsForm {
    private String recipient;
    private String bankName;
    private String bik;
    private String account;
    private String correspondentAccount;

    public static BankDetailsForm of(BankDetails d, String defaultRecipient) {
        BankDetailsForm f = new BankDetailsForm();
        if (d == null) {
            f.recipient = defaultRecipient;
            return f;
        }
        f.recipient = d.getRecipient();
        f.bankName = d.getBankName();
        f.bik = d.getBik();
        f.account = d.getAccount();
        f.correspondentAccount = d.getCorrespondentAccount();
        return f;
    }

    /** Spaces people type inside long numbers (as printed on bank forms) are dropped. */
    static String digits(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00a0]", "");
    }

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getBik() { return bik; }
    public void setBik(String bik) { this.bik = digits(bik); }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = digits(account); }
    public String getCorrespondentAccount() { return correspondentAccount; }
    public void setCorrespondentAccount(String correspondentAccount) { this.correspondentAccount = digits(correspondentAccount); }
}
