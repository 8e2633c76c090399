package org.mscu.referral.intake;

/** A domain rule refused a change; the application layer answers 409 with {@link #code()}. */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
