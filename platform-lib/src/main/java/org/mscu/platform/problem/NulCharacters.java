package org.mscu.platform.problem;

/**
 * The NUL character is valid JSON and valid percent-encoding, but PostgreSQL cannot store it in
 * text: unchecked, it reaches the database and fails there as a 500. It is refused at the door
 * instead, as a 400 naming the field or parameter, before anything runs.
 */
public final class NulCharacters {

    static final String MESSAGE = "must not contain the NUL character";
    private static final char NUL = '\u0000';

    private NulCharacters() {
    }

    static boolean contains(String value) {
        return value != null && value.indexOf(NUL) >= 0;
    }
}
