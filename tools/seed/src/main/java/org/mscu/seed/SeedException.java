package org.mscu.seed;

/** The seeder cannot go on; the message says why, for the person who ran it. */
public class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }
}
