package org.mscu.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The OpenAPI documents the fake upstreams serve: each its own path, a shared and a clashing schema. */
final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    static JsonObject of(String name) {
        JsonObject problem = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put("title", new JsonObject().put("type", "string")));
        JsonObject thing = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put(name + "Field", new JsonObject().put("type", "string")));
        // Strings a YAML reader would take for a date or a number when left unquoted.
        JsonArray parameters = new JsonArray().add(new JsonObject().put("name", "from").put("in", "query")
                .put("example", "2026-11-30").put("schema", new JsonObject().put("type", "string").put("default", "2")));
        JsonObject operation = new JsonObject()
                .put("operationId", name + "List")
                .put("parameters", parameters)
                .put("tags", new JsonArray().add(name))
                .put("security", new JsonArray().add(new JsonObject().put("keycloak", new JsonArray())))
                .put("responses", new JsonObject().put("200", new JsonObject()
                        .put("description", "OK")
                        .put("content", new JsonObject().put("application/json", new JsonObject()
                                .put("schema", new JsonObject().put("$ref", "#/components/schemas/Thing"))))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name + " service").put("version", "1.0.0"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", name)))
                .put("paths", new JsonObject().put("/api/v1/" + name + "-things", new JsonObject().put("get", operation)))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("Problem", problem).put("Thing", thing))
                        .put("securitySchemes", new JsonObject().put("keycloak",
                                new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT"))));
    }
}
