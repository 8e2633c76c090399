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
}
