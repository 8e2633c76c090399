package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Requests through the gateway with a real bearer token, JSON in and out. */
final class Gateway {

    private Gateway() {
    }

    /** A request as a persona of {@link Persona} (partner systems and the people it names). */
    static RequestSpecification as(Persona persona) {
        return withBearer(Tokens.bearer(persona));
    }

    /** A request as a person of the realm, by username (see {@link People}). */
    static RequestSpecification as(String username) {
        return withBearer(People.bearer(username));
    }

    /** A request with a given {@code Authorization} value ({@code Bearer <token>}). */
    static RequestSpecification withBearer(String bearer) {
        return given().baseUri(Platform.gateway())
                .header("Authorization", bearer)
                .contentType(ContentType.JSON);
    }

    /** A short random suffix that keeps one run's records apart from every other run's. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
