package ru.zabota.people;

/**
 * СНИЛС: 11 digits, the last two a checksum of the first nine
 * (Σ digit × (10 − position); sum &lt; 100 → sum, 100 or 101 → 00, else sum mod 101, 100 → 00).
 */
public final class Snils {
    private Snils() {
    }

    public static String normalize(String raw) {
        if (raw == null) return null;
        String digits = raw.replaceAll("[\\s-]", "");
        if (digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)) return raw.trim();
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " " + digits.substring(9);
    }

    public static boolean isValid(String raw) {
        if (raw == null) return false;
        String digits = raw.replaceAll("[\\s-]", "");
        if (digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check;
        if (sum < 100) check = sum;
        else if (sum == 100 || sum == 101) check = 0;
        else {
            check = sum % 101;
            if (check == 100) check = 0;
        }
        return check == Integer.parseInt(digits.substring(9));
    }

    /** Completes nine digits with their check number: used for generated and demo records. */
    public static String withChecksum(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (nineDigits.charAt(i) - '0') * (9 - i);
        int check = sum < 100 ? sum : (sum == 100 || sum == 101) ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return normalize(nineDigits + "%02d".formatted(check));
    }

    /** «***-***-*** 64» style mask for lists. */
    public static String mask(String snils) {
        if (snils == null || snils.length() < 2) return "";
        return "***-***-*** " + snils.substring(snils.length() - 2);
    }
}
