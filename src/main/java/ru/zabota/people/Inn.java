package ru.zabota.people;

/** ИНН: 10 digits (organisation) or 12 digits (person), each with its checksum digits. */
public final class Inn {
    private static final int[] W10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inn() {
    }

    public static boolean isValid(String raw) {
        if (raw == null) return false;
        String d = raw.trim();
        if (!d.chars().allMatch(Character::isDigit)) return false;
        if (d.length() == 10) return check(d, W10) == d.charAt(9) - '0';
        if (d.length() == 12) return check(d, W11) == d.charAt(10) - '0' && check(d, W12) == d.charAt(11) - '0';
        return false;
    }

    public static boolean isValidPersonal(String raw) {
        return raw != null && raw.trim().length() == 12 && isValid(raw);
    }

    /** Completes a 9-digit (organisation) or 10-digit (person) prefix with its check digits. */
    public static String withChecksum(String prefix) {
        if (prefix.length() == 9) return prefix + check(prefix, W10);
        String eleven = prefix + check(prefix, W11);
        return eleven + check(eleven, W12);
    }

    private static int check(String d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) sum += (d.charAt(i) - '0') * weights[i];
        return sum % 11 % 10;
    }
}
