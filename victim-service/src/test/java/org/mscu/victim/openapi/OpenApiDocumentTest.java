package org.mscu.victim.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The frontend team generates clients from this document: every operation is named and documents its denials. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    @Test
    void everyVictimServiceOperationHasAUniqueIdATagAndDocumentsUnauthorisedAndForbidden() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!METHODS.contains(method) || !path.startsWith("/api/v1/") || path.startsWith("/api/v1/audit")) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> operation = (Map<String, Object>) value;
            ids.add((String) operation.get("operationId"));
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (operation.get("tags") == null || !responses.containsKey("401") || !responses.containsKey("403")) {
                problems.add(method + " " + path);
            }
        }));
        assertThat(ids).hasSize(24).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(problems).isEmpty();
    }
}
