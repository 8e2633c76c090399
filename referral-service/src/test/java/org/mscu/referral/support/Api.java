package org.mscu.referral.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** Calls the service as one persona of identities.md. */
public final class Api {

    public static final String AUDIENCE = "referral-service";

    private Api() {
    }

    public static RequestSpecification as(Persona persona) {
        return given().header("Authorization", TestTokens.as(persona).audience(AUDIENCE).bearer())
                .contentType(ContentType.JSON);
    }

    /** Creates a referral and returns the response (201 expected by the caller). */
    public static Response create(Persona persona, Map<String, Object> body) {
        return as(persona).body(body).post("/api/v1/referrals");
    }

    /** Creates a referral, checks 201, and returns its id. */
    public static String createdId(Persona persona, Map<String, Object> body) {
        return create(persona, body).then().statusCode(201).extract().path("id");
    }

    public static Response get(Persona persona, String id) {
        return as(persona).get("/api/v1/referrals/" + id);
    }

    public static Response action(Persona persona, String id, String action, Map<String, Object> body) {
        return as(persona).body(body).post("/api/v1/referrals/" + id + "/" + action);
    }
}
