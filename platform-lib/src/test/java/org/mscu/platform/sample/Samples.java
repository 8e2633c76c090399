package org.mscu.platform.sample;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** Fixtures for the library's HTTP tests: tokens for the test audience and sample bodies. */
public final class Samples {

    public static final String AUDIENCE = "platform-test";

    private Samples() {
    }

    public static RequestSpecification as(Persona persona) {
        return given().header("Authorization", TestTokens.as(persona).audience(AUDIENCE).bearer());
    }

    /** A valid create body; tweak with {@link Map#put}. */
    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Sample one");
        body.put("kind", "STANDARD");
        body.put("secret", "fictional secret");
        body.put("owner", Map.of("phone", "+447700900001"));
        return body;
    }

    /** Creates a sample as the persona, optionally shared with another agency; returns its id. */
    public static String create(Persona persona, String sharedWith) {
        Map<String, Object> body = body();
        body.put("sharedWith", sharedWith);
        return as(persona).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/samples")
                .then().statusCode(201).extract().path("id");
    }
}
