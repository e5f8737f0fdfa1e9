package ru.zabota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import ru.zabota.common.DomainProblem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A provider's bank details for payments by citizens: the recipient, the bank, its БИК and the two accounts. Built
 * only through {@link #of}, which checks the БИК (9 digits) and both accounts (20 digits, the control key by the
 * Bank of Russia algorithm: weights 7, 1, 3 over the last three БИК digits + the settlement account, or over "0" +
 * БИК digits 5–6 + the correspondent account; the sum of the products ends in 0).
 */
@Embeddable
public class BankDetails {
    public static final int MAX_NAME = 160;
    /** ГОСТ Р 56042-2014 allows 160 characters for Name and 45 characters for BankName in the payment QR: a longer name would be cut there. */
    public static final int MAX_BANK_NAME = 45;

    @Column(name = "bank_recipient")
    private String recipient;
    @Column(name = "bank_name")
    private String bankName;
    @Column(name = "bank_bik")
    private String bik;
    @Column(name = "bank_account")
    private String account;
    @Column(name = "bank_corr_account")
    private String correspondentAccount;

    protected BankDetails() {
    }

    private BankDetails(String recipient, String bankName, String bik, String account, String correspondentAccount) {
        this.recipient = recipient;
        this.bankName = bankName;
        this.bik = bik;
        this.account = account;
        this.correspondentAccount = correspondentAccount;
    }

    /** Valid bank details, or 422 with every problem in Russian. */
    public static BankDetails of(String recipient, String bankName, String bik, String account, String correspondentAccount) {
        Map<String, String> problems = problems(recipient, bankName, bik, account, correspondentAccount);
        if (!problems.isEmpty()) {
            throw DomainProblem.unprocessable("invalid-bank-details", String.join("; ", problems.values()));
        }
        return new BankDetails(recipient.strip(), bankName.strip(), bik.strip(), account.strip(), correspondentAccount.strip());
    }

    /** Field name ({@code recipient, bankName, bik, account, correspondentAccount}) → what is wrong with it. */
    public static Map<String, String> problems(String recipient, String bankName, String bik, String account, String correspondentAccount) {
        Map<String, String> p = new LinkedHashMap<>();
        if (blank(recipient)) p.put("recipient", "Укажите получателя платежа");
        else if (recipient.strip().length() > MAX_NAME) p.put("recipient", "Получатель платежа — не длиннее " + MAX_NAME + " символов");
        if (blank(bankName)) p.put("bankName", "Укажите наименование банка");
        else if (bankName.strip().length() > MAX_BANK_NAME) p.put("bankName", "Наименование банка — не длиннее " + MAX_BANK_NAME + " символов, как в платёжном QR-коде");
        String b = bik == null ? "" : bik.strip();
        boolean bikOk = b.matches("\\d{9}");
        if (!bikOk) p.put("bik", "БИК — 9 цифр");
        String a = account == null ? "" : account.strip();
        if (!a.matches("\\d{20}")) p.put("account", "Расчётный счёт — 20 цифр");
        else if (bikOk && !settlementAccountKeyValid(b, a)) p.put("account", "Расчётный счёт не соответствует БИК: неверный контрольный ключ");
        String c = correspondentAccount == null ? "" : correspondentAccount.strip();
        if (!c.matches("\\d{20}")) p.put("correspondentAccount", "Корреспондентский счёт — 20 цифр");
        else if (bikOk && !correspondentAccountKeyValid(b, c)) p.put("correspondentAccount", "Корреспондентский счёт не соответствует БИК: неверный контрольный ключ");
        return p;
    }

    /** Last three БИК digits + the 20-digit account, weights 7-1-3: the sum ends in 0. */
    public static boolean settlementAccountKeyValid(String bik, String account) {
        return keyValid(bik.substring(6, 9) + account);
    }

    /** "0" + БИК digits 5 and 6 + the 20-digit correspondent account, weights 7-1-3: the sum ends in 0. */
    public static boolean correspondentAccountKeyValid(String bik, String correspondentAccount) {
        return keyValid("0" + bik.substring(4, 6) + correspondentAccount);
    }

    /** The control digit (the account's 9th digit) that makes the account valid for this БИК; for demo data. */
    public static String withSettlementKey(String bik, String account) {
        for (char k = '0'; k <= '9'; k++) {
            String candidate = account.substring(0, 8) + k + account.substring(9);
            if (settlementAccountKeyValid(bik, candidate)) return candidate;
        }
        throw new IllegalStateException("no key");
    }

    private static boolean keyValid(String digits23) {
        int[] weights = {7, 1, 3};
        int sum = 0;
        for (int i = 0; i < digits23.length(); i++) {
            sum += (digits23.charAt(i) - '0') * weights[i % 3];
        }
        return sum % 10 == 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getRecipient() { return recipient; }
    public String getBankName() { return bankName; }
    public String getBik() { return bik; }
    public String getAccount() { return account; }
    public String getCorrespondentAccount() { return correspondentAccount; }

    /** A separate instance of the same values (an embeddable value is never shared by two entities). */
    public BankDetails copy() {
        return new BankDetails(recipient, bankName, bik, account, correspondentAccount);
    }

    /** Whether all five values are present (an embeddable read from empty columns has none). */
    public boolean isComplete() {
        return !blank(recipient) && !blank(bankName) && !blank(bik) && !blank(account) && !blank(correspondentAccount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BankDetails d && Objects.equals(recipient, d.recipient) && Objects.equals(bankName, d.bankName)
                && Objects.equals(bik, d.bik) && Objects.equals(account, d.account)
                && Objects.equals(correspondentAccount, d.correspondentAccount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recipient, bankName, bik, account, correspondentAccount);
    }
}
