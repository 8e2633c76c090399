package org.mscu.referral.intake;

import java.util.regex.Pattern;

/** The human reference people quote: {@code MSR-<year>-<6 digits>}, numbered per year without gaps. */
public final class ReferenceFormat {

    public static final Pattern PATTERN = Pattern.compile("MSR-\\d{4}-\\d{6}");
    static final int MAX_PER_YEAR = 999_999;

    private ReferenceFormat() {
    }

    public static String format(int year, long number) {
        if (number < 1 || number > MAX_PER_YEAR) {
            throw new IllegalArgumentException("reference number out of range for one year: " + number);
        }
        return "MSR-%04d-%06d".formatted(year, number);
    }
}
