package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gateway's merged OpenAPI document ({@code GET /openapi}): the API as the running platform serves it. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static volatile OpenApiDocument cached;

    /** One operation of the document. */
    record Operation(String method, String template, JsonNode node) {

        String key() {
            return method + " " + template;
        }

        /** The one 2xx status the operation documents (each MSCU operation documents exactly one). */
        int successStatus() {
            List<Integer> statuses = new ArrayList<>();
            node.path("responses").fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    statuses.add(Integer.parseInt(code));
                }
            });
            if (statuses.size() != 1) {
                throw new IllegalStateException(key() + " documents " + statuses + " as success, not exactly one status");
            }
            return statuses.get(0);
        }
    }

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument fromGateway() {
        if (cached == null) {
            String body = given().accept("application/json").get(Platform.gateway() + "/openapi")
                    .then().statusCode(200).extract().asString();
            try {
                cached = new OpenApiDocument(new ObjectMapper().readTree(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    JsonNode root() {
        return root;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()));
                }
            });
        }
        return operations;
    }

    Operation operation(String method, String template) {
        return operations().stream().filter(op -> op.method().equals(method) && op.template().equals(template))
                .findFirst().orElseThrow(() -> new IllegalStateException("the OpenAPI document has no " + method + " " + template));
    }

    /** A schema with its {@code $ref} followed (within this document). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
