package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway itself: ready with its upstreams, one merged API document, the README's curl pair. */
class GatewayIT {

    /** A path of each service that its OpenAPI document describes. */
    private static final List<String> SERVICE_PATH_PREFIXES =
            List.of("/api/v1/referrals", "/api/v1/victims", "/api/v1/orders", "/api/v1/properties");

    @Test
    void reportsReady() {
        given().get(Platform.gateway() + "/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void coordinatorListsReferralsThroughTheGateway() {
        given().header("Authorization", Tokens.bearer(Persona.COORDINATOR))
                .queryParam("limit", 5)
                .get(Platform.gateway() + "/api/v1/referrals")
                .then().statusCode(200);
    }

    @Test
    void servesOneOpenApiDocumentDescribingEveryService() {
        // The gateway fetches the services' documents periodically: it may have started before them.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            Map<String, Object> paths = given().get(Platform.gateway() + "/openapi")
                    .then().statusCode(200).extract().jsonPath().getMap("paths");
            for (String prefix : SERVICE_PATH_PREFIXES) {
                assertThat(List.copyOf(paths.keySet()), hasItem(startsWith(prefix)));
            }
        });
    }
}
