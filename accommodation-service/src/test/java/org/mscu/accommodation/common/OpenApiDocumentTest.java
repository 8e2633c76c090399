package org.mscu.accommodation.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published contract: every operation has a stable unique id and documents its error statuses. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasAUniqueIdAndDocuments401And403() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(ids.add(String.valueOf(operation.get("operationId"))), "duplicate operationId at " + where);
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String status : List.of("401", "403")) {
                if (!responses.containsKey(status)) {
                    missing.add(where + " " + status);
                }
            }
        }));
        assertEquals(List.of(), missing);
        assertTrue(paths.keySet().containsAll(List.of("/api/v1/properties", "/api/v1/properties/{id}", "/api/v1/availability",
                "/api/v1/placements", "/api/v1/placements/{id}/extension", "/api/v1/placements/{id}/end", "/api/v1/occupancy")));
    }

    @Test
    void noRequestBodyOffersAnImmigrationStatusField() {
        String doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(!doc.contains("\"immigrationStatus\""), "no schema has an immigrationStatus property");
    }
}
