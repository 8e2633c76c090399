package org.mscu.referral.linking;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normal forms of the identifiers partners type in many ways, so that the same phone, postcode,
 * vehicle or name written differently matches. Each returns null when nothing usable remains.
 */
public final class Normalise {

    private static final Pattern UK_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Normalise() {
    }

    /** E.164 ({@code +447700900123}); numbers without a country code are taken as UK numbers. */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip().replace("(0)", "");
        boolean plus = text.startsWith("+");
        String digits = text.replaceAll("[^0-9]", "");
        String e164;
        if (plus) {
            e164 = "+" + digits;
        } else if (digits.startsWith("00")) {
            e164 = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            e164 = "+44" + digits.substring(1);
        } else if (digits.startsWith("44") && digits.length() == 12) {
            e164 = "+" + digits;
        } else if (digits.length() == 10) {
            e164 = "+44" + digits;
        } else {
            return null;
        }
        int length = e164.length() - 1;
        if (length < 8 || length > 15 || e164.charAt(1) == '0') {
            return null;
        }
        return e164;
    }

    /** A UK postcode in its standard form ({@code M1 1AA}); null for anything that is not a postcode. */
    public static String postcode(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (!UK_POSTCODE.matcher(compact).matches()) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** Upper case letters and digits only ({@code AB12 CDE} → {@code AB12CDE}). */
    public static String vehicleRegistration(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return compact.length() >= 2 && compact.length() <= 8 ? compact : null;
    }

    /**
     * Lower case, without diacritics or punctuation, words in alphabetical order, so that
     * {@code "POPESCU,  Ion"} and {@code "ion popescu"} and {@code "Ión Popescu"} match.
     */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = raw.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ı", "i");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String[] words = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        String joined = Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
