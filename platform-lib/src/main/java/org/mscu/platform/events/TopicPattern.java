package org.mscu.platform.events;

/** AMQP topic matching: words separated by '.', {@code *} matches one word, {@code #} zero or more. */
final class TopicPattern {

    private TopicPattern() {
    }

    static boolean matches(String pattern, String routingKey) {
        return matches(pattern.split("\\.", -1), 0, routingKey.split("\\.", -1), 0);
    }

    private static boolean matches(String[] pattern, int p, String[] key, int k) {
        if (p == pattern.length) {
            return k == key.length;
        }
        if (pattern[p].equals("#")) {
            for (int skip = k; skip <= key.length; skip++) {
                if (matches(pattern, p + 1, key, skip)) {
                    return true;
                }
            }
            return false;
        }
        if (k == key.length) {
            return false;
        }
        return (pattern[p].equals("*") || pattern[p].equals(key[k])) && matches(pattern, p + 1, key, k + 1);
    }
}
