package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #12, one fault in the quick subset: Keycloak is stopped ({@code bin/platform stop keycloak}) and
 * started again ({@code bin/platform start keycloak}, always, in {@code finally}). While it is down, tokens
 * already issued keep working everywhere (the gateway and the services verify with the keys they hold),
 * a new login fails with a refused connection, a token naming a key nobody knows is refused with a 401
 * problem (the gateway's key refetch fails without harm), and every component stays ready. After it is
 * back, logins and their tokens work again.
 */
class KeycloakOutageIT {

    private static final String REFERRALS = "/api/v1/referrals";
    /** Bounds every call, so that a component hanging on the missing Keycloak fails the test instead of stalling it. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 20_000));

    @Test
    void issuedTokensKeepWorkingNewLoginsFailAndNothingElseBreaksWhileKeycloakIsDown() throws Exception {
        String coordinator = Tokens.issuedAt(Platform.realm(), Persona.COORDINATOR);
        String charity = Tokens.issuedAt(Platform.realm(), Persona.CHARITY_HOTLINE);
        String housing = Tokens.issuedAt(Platform.realm(), Persona.HOUSING_OFFICER);
        String before = as(charity).body(ReferralScenarios.body(Fixtures.uniquePastInstant(), Gateway.unique()))
                .post(Platform.gateway() + REFERRALS).then().statusCode(201).extract().path("id");

        Launcher.stop("keycloak");
        try {
            assertThrows(ConnectException.class, KeycloakOutageIT::login, "a login while Keycloak is down");

            as(coordinator).get(Platform.gateway() + REFERRALS + "/" + before).then().statusCode(200);
            as(coordinator).get(Platform.direct(Service.REFERRALS) + REFERRALS + "/" + before).then().statusCode(200);
            String during = as(charity).body(ReferralScenarios.body(Fixtures.uniquePastInstant(), Gateway.unique()))
                    .post(Platform.gateway() + REFERRALS).then().statusCode(201).extract().path("id");
            as(charity).get(Platform.gateway() + REFERRALS + "/" + during).then().statusCode(200);
            as(housing).body(AccommodationScenarios.propertyBody(Gateway.unique())).post(Platform.gateway() + "/api/v1/properties")
                    .then().statusCode(201);
            as(coordinator).queryParam("limit", 1).get(Platform.gateway() + "/api/v1/victims").then().statusCode(200);
            as(coordinator).queryParam("limit", 1).get(Platform.gateway() + "/api/v1/orders").then().statusCode(200);

            String unknownKey = ForgedTokens.withUnknownKeyId(coordinator);
            Problems.assertUnauthorized(as(unknownKey).get(Platform.gateway() + REFERRALS + "/" + before).then());
            Problems.assertUnauthorized(as(unknownKey).get(Platform.direct(Service.REFERRALS) + REFERRALS + "/" + before).then());

            given().config(BOUNDED).get(Platform.gateway() + "/q/health/ready").then().statusCode(200);
            for (Service service : Service.values()) {
                given().config(BOUNDED).get(Platform.direct(service) + "/q/health/ready").then().statusCode(200);
            }
        } finally {
            Launcher.start("keycloak");
        }

        String fresh = Tokens.issuedAt(Platform.realm(), Persona.COORDINATOR);
        as(fresh).get(Platform.gateway() + REFERRALS + "/" + before).then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().config(BOUNDED).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static void login() throws Exception {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "mscu-cli",
                "username", Persona.COORDINATOR.login(), "password", Persona.COORDINATOR.login() + "-dev");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            client.send(HttpRequest.newBuilder(URI.create(Platform.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
