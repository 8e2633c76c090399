package org.mscu.orders.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** REST Assured as one persona of identities.md, with a token for this service's audience. */
public final class Api {

    public static final String AUDIENCE = "orders-service";

    private Api() {
    }

    public static RequestSpecification as(Persona persona) {
        return given().header("Authorization", TestTokens.as(persona).audience(AUDIENCE).bearer())
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static Response post(Persona persona, String path, Object body) {
        return as(persona).body(body).post(path);
    }

    public static Response get(Persona persona, String path) {
        return as(persona).get(path);
    }
}
