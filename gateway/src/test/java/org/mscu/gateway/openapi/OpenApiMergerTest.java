package org.mscu.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger("MSCU", "1.0.0", "https://kc.example/realms/mscu");

    @Test
    void theFirstServiceKeepsAPathTwoDeclare() throws Exception {
        JsonNode merged = merger.merge(List.of(
                source("a", "{\"paths\":{\"/x\":{\"get\":{\"operationId\":\"fromA\"}}}}"),
                source("b", "{\"paths\":{\"/x\":{\"get\":{\"operationId\":\"fromB\"}},\"/y\":{}}}")));
        assertEquals("fromA", merged.at("/paths/~1x/get/operationId").asText());
        assertTrue(merged.at("/paths").has("/y"));
    }

    @Test
    void publicOperationsStayPublicAndSecuredOnesUseKeycloak() throws Exception {
        JsonNode merged = merger.merge(List.of(source("a", """
                {"paths":{"/open":{"get":{"security":[]}},"/closed":{"post":{"security":[{"jwt":["x"]}]}}},
                 "components":{"securitySchemes":{"jwt":{"type":"http","scheme":"bearer"}}}}""")));
        assertEquals(0, merged.at("/paths/~1open/get/security").size());
        assertTrue(merged.at("/paths/~1closed/post/security/0").has("keycloak"));
        assertFalse(merged.at("/components/securitySchemes").has("jwt"));
        assertEquals("https://kc.example/realms/mscu/.well-known/openid-configuration",
                merged.at("/components/securitySchemes/keycloak/openIdConnectUrl").asText());
    }

    @Test
    void renamesAClashingComponentEverywhereItIsReferenced() throws Exception {
        JsonNode merged = merger.merge(List.of(
                source("a", "{\"components\":{\"schemas\":{\"Page\":{\"type\":\"object\"}}}}"),
                source("b", """
                        {"paths":{"/b":{"get":{"responses":{"200":{"content":{"application/json":{"schema":
                          {"type":"array","items":{"$ref":"#/components/schemas/Page"}}}}}}}}},
                         "components":{"schemas":{"Page":{"type":"string"},
                           "Wrapper":{"properties":{"p":{"$ref":"#/components/schemas/Page"}}}}}}""")));
        assertEquals("object", merged.at("/components/schemas/Page/type").asText());
        assertEquals("string", merged.at("/components/schemas/Page_b/type").asText());
        assertEquals("#/components/schemas/Page_b",
                merged.at("/paths/~1b/get/responses/200/content/application~1json/schema/items/$ref").asText());
        assertEquals("#/components/schemas/Page_b", merged.at("/components/schemas/Wrapper/properties/p/$ref").asText());
    }

    @Test
    void takesTheContactFromTheServices() throws Exception {
        JsonNode merged = merger.merge(List.of(source("a", "{\"info\":{\"contact\":{\"name\":\"MSCU platform team\"}}}")));
        assertEquals("MSCU platform team", merged.at("/info/contact/name").asText());
    }

    @Test
    void mergesNothingIntoAValidEmptyDocument() {
        JsonNode merged = merger.merge(List.of());
        assertEquals("3.1.0", merged.path("openapi").asText());
        assertTrue(merged.path("paths").isEmpty());
        assertTrue(merged.at("/security/0").has("keycloak"));
    }

    private static OpenApiMerger.Source source(String service, String json) throws Exception {
        return new OpenApiMerger.Source(service, JSON.readTree(json));
    }
}
