package org.mscu.platform.concurrency;

/** Strong entity tags from versions: version 3 is {@code "3"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
