package org.mscu.e2e;

import java.util.function.Supplier;

/**
 * How to call one endpoint in the access matrix: {@code prepare} sets up the records the call needs
 * (through the API, as the roles that may) and returns the request. It runs once for every caller
 * expected to be refused or to read, and again for each caller expected to change something, so every
 * permitted change acts on a record in the state it needs.
 *
 * @param variant what the prepared record is, when an endpoint is walked over several (e.g. an order
 *                applied for by one agency, an order granted to another)
 */
record Scenario(Service service, String method, String template, String variant, Supplier<Subject> prepare) {

    static Scenario of(Service service, String method, String template, Supplier<Subject> prepare) {
        return new Scenario(service, method, template, "", prepare);
    }

    static Scenario of(Service service, String method, String template, String variant, Supplier<Subject> prepare) {
        return new Scenario(service, method, template, variant, prepare);
    }

    String key() {
        return method + " " + template;
    }

    /** Whether a permitted call changes something (reads are GETs; the one POST search changes nothing either way). */
    boolean changesState() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return key() + (variant.isEmpty() ? "" : " [" + variant + "]");
    }
}
