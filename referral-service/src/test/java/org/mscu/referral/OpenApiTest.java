package org.mscu.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract partner systems and the frontend generate clients from. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void documentsEveryPathWithItsErrorStatuses() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        assertThat(paths).containsKeys("/api/v1/referrals", "/api/v1/referrals/{id}", "/api/v1/referrals/{id}/triage",
                "/api/v1/referrals/{id}/crime-record", "/api/v1/referrals/{id}/no-crime-decision", "/api/v1/referrals/{id}/nrm",
                "/api/v1/referrals/{id}/shares", "/api/v1/referrals/{id}/shares/{agency}", "/api/v1/referrals/{id}/history",
                "/api/v1/referrals/{id}/links", "/api/v1/networks", "/api/v1/compliance/crime-recording");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (!java.util.Set.of("get", "post", "put", "delete", "patch").contains(method)
                    || !path.startsWith("/api/v1/referrals") && !path.startsWith("/api/v1/networks") && !path.startsWith("/api/v1/compliance")) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) operation;
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("401", "403");
            assertThat(op.get("operationId")).as(method + " " + path).isNotNull();
            assertThat((java.util.List<String>) op.get("tags")).as(method + " " + path).hasSize(1);
        }));
    }
}
