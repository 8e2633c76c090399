package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's Prometheus metrics ({@code /q/metrics}), read directly from the service (the gateway does not route them). */
final class Metrics {

    private Metrics() {
    }

    /**
     * The value of the sample {@code name} whose label {@code label} is {@code value}; 0 when there is none yet
     * (a counter or gauge appears with its first value).
     */
    static double value(Service service, String name, String label, String value) {
        String text = given().baseUri(Platform.direct(service)).get("/q/metrics").then().statusCode(200).extract().asString();
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(text);
        String wanted = label + "=\"" + value + "\"";
        while (matcher.find()) {
            if (matcher.group(1).contains(wanted)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    /**
     * The sum of every sample of {@code name} at an instance ({@code baseUrl}) whose labels include each of
     * {@code labels} (e.g. {@code consumer="referral-accepted"}); 0 when there is none yet.
     */
    static double total(String baseUrl, String name, String... labels) {
        String text = given().baseUri(baseUrl).get("/q/metrics").then().statusCode(200).extract().asString();
        // Label values are quoted and may hold braces (uri="/api/v1/referrals/{id}"); OpenMetrics lines may end
        // with an exemplar: name{labels} value # {trace_id="…"} 1.0 timestamp
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(?:\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)\\})? (\\S+)(?: #.*)?$",
                Pattern.MULTILINE);
        Matcher matcher = sample.matcher(text);
        double total = 0;
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }
}
