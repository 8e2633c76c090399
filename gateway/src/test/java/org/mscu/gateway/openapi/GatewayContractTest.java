package org.mscu.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class GatewayContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GatewayContract contract = new GatewayContract(8192, 16384, 1048576);

    @Test
    void addsTheGatewaysOwnAnswersToEveryApiOperationUnlessTheServiceDocumentsThem() throws Exception {
        JsonNode document = applied("""
                {"paths":{"/api/v1/things":{
                   "get":{"responses":{"200":{"description":"ok"},"503":{"description":"the service's own"}}},
                   "post":{"requestBody":{"content":{}},"responses":{"201":{"description":"created"}}}}}}""");
        JsonNode get = document.at("/paths/~1api~1v1~1things/get/responses");
        assertEquals("#/components/responses/RateLimited", get.at("/429/$ref").asText());
        assertEquals("#/components/responses/UpstreamTimeout", get.at("/504/$ref").asText());
        assertEquals("the service's own", get.at("/503/description").asText());
        assertFalse(get.has("413"), "no body, no 413");
        assertEquals("#/components/responses/ContentTooLarge",
                document.at("/paths/~1api~1v1~1things/post/responses/413/$ref").asText());
        assertTrue(document.at("/components/responses/RateLimited/headers").has("Retry-After"));
        assertEquals("#/components/schemas/GatewayProblem",
                document.at("/components/responses/RateLimited/content/application~1problem+json/schema/$ref").asText());
    }

    @Test
    void declaresTheHeadersTheGatewayPutsOnEveryAnswer() throws Exception {
        JsonNode headers = applied("""
                {"paths":{"/api/v1/things":{"get":{"responses":{"200":{"description":"ok"},
                  "404":{"description":"no such thing","headers":{"X-Own":{"schema":{"type":"string"}}}}}}}}}""")
                .at("/paths/~1api~1v1~1things/get/responses");
        for (String status : new String[] {"200", "404"}) {
            for (String header : new String[] {"X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                    "Access-Control-Allow-Origin"}) {
                assertEquals("#/components/headers/" + header, headers.at("/" + status + "/headers/" + header + "/$ref").asText(),
                        status + " " + header);
            }
        }
        assertTrue(headers.at("/404/headers").has("X-Own"), "the service's own headers stay");
    }

    @Test
    void boundsUnboundedParametersByWhatTheGatewayLetsThrough() throws Exception {
        JsonNode parameters = applied("""
                {"paths":{"/api/v1/things/{id}":{"get":{"parameters":[
                  {"name":"q","in":"query","schema":{"type":"string"}},
                  {"name":"short","in":"query","schema":{"type":"string","maxLength":20}},
                  {"name":"status","in":"query","schema":{"type":"string","enum":["A","B"]}},
                  {"name":"tags","in":"query","schema":{"type":"array","items":{"type":"string"}}},
                  {"name":"id","in":"path","schema":{"type":"string","format":"uuid"}},
                  {"name":"If-Match","in":"header","schema":{"type":"string"}}],
                  "responses":{"200":{"description":"ok"}}}}}}""")
                .at("/paths/~1api~1v1~1things~1{id}/get/parameters");
        assertEquals(8192, parameters.at("/0/schema/maxLength").asInt());
        assertEquals(20, parameters.at("/1/schema/maxLength").asInt());
        assertFalse(parameters.at("/2/schema").has("maxLength"));
        assertEquals(4096, parameters.at("/3/schema/maxItems").asInt());
        assertEquals(8192, parameters.at("/3/schema/items/maxLength").asInt());
        assertEquals(36, parameters.at("/4/schema/maxLength").asInt());
        assertEquals(16384, parameters.at("/5/schema/maxLength").asInt());
    }

    @Test
    void givesStringsOfAFixedFormatTheirLongestValidLength() throws Exception {
        JsonNode schemas = applied("""
                {"components":{"schemas":{"UUID":{"type":"string","format":"uuid"},
                  "Stay":{"type":"object","properties":{"from":{"type":"string","format":"date"},
                    "at":{"type":["string","null"],"format":"date-time"},"note":{"type":"string"}}}}}}""")
                .at("/components/schemas");
        assertEquals(36, schemas.at("/UUID/maxLength").asInt());
        assertEquals(10, schemas.at("/Stay/properties/from/maxLength").asInt());
        assertEquals(35, schemas.at("/Stay/properties/at/maxLength").asInt());
        assertFalse(schemas.at("/Stay/properties/note").has("maxLength"), "free text is the service's to bound");
    }

    @Test
    void leavesPathsOutsideTheApiAlone() throws Exception {
        JsonNode document = applied("{\"paths\":{\"/q/health\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\"}}}}}}");
        assertFalse(document.at("/paths/~1q~1health/get/responses").has("429"));
        assertFalse(document.at("/paths/~1q~1health/get/responses/200").has("headers"));
    }

    private JsonNode applied(String json) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(json);
        contract.applyTo(document);
        return document;
    }
}
