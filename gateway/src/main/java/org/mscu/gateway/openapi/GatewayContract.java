package org.mscu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway itself adds to every {@code /api} operation of the merged document, so that the
 * document describes the API as callers reach it through the gateway:
 * <ul>
 * <li>its own answers — 429 (rate limit), 413 (body limit, operations with a body), 502, 503 and
 * 504 (upstream failures) — as problems, unless the service documents the status itself;</li>
 * <li>the headers it puts on answers: {@code X-Request-Id}, the {@code RateLimit-*} headers of
 * the limiter, {@code Access-Control-Allow-Origin} for a configured browser origin;</li>
 * <li>the size bounds it enforces on what a caller sends, on parameters the service left
 * unbounded: the request line ({@code max-initial-line-length}) bounds path and query values,
 * the header limit ({@code max-header-size}) header values; and the fixed lengths of strings of
 * format {@code uuid}, {@code date} and {@code date-time}.</li>
 * </ul>
 */
final class GatewayContract {

    static final String PROBLEM_SCHEMA = "GatewayProblem";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Longest valid value of each string format the services use (RFC 4122, RFC 3339 with nanoseconds). */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);
    private static final List<String> RESPONSE_HEADERS =
            List.of("X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin");

    private final int maxLineLength;
    private final int maxHeaderSize;
    private final long maxBodyBytes;

    GatewayContract(int maxLineLength, int maxHeaderSize, long maxBodyBytes) {
        this.maxLineLength = maxLineLength;
        this.maxHeaderSize = maxHeaderSize;
        this.maxBodyBytes = maxBodyBytes;
    }

    void applyTo(ObjectNode document) {
        ObjectNode components = object(document, "components");
        addHeaders(object(components, "headers"));
        addResponses(object(components, "responses"));
        object(components, "schemas").set(PROBLEM_SCHEMA, problemSchema());
        boundFormattedStrings(components.path("schemas"));
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(entry -> {
                    if (OPERATIONS.contains(entry.getKey()) && entry.getValue().isObject()) {
                        operation((ObjectNode) entry.getValue());
                    }
                });
            }
        });
    }

    private void operation(ObjectNode operation) {
        ObjectNode responses = object(operation, "responses");
        addIfMissing(responses, "429", "RateLimited");
        if (operation.has("requestBody")) {
            addIfMissing(responses, "413", "ContentTooLarge");
        }
        addIfMissing(responses, "502", "UpstreamBadResponse");
        addIfMissing(responses, "503", "UpstreamUnavailable");
        addIfMissing(responses, "504", "UpstreamTimeout");
        responses.fields().forEachRemaining(response -> {
            if (response.getValue().isObject() && !response.getValue().has("$ref")) {
                withResponseHeaders((ObjectNode) response.getValue());
            }
        });
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("schema").isObject()) {
                int bound = "header".equals(parameter.path("in").asText()) ? maxHeaderSize : maxLineLength;
                bound((ObjectNode) parameter.get("schema"), bound);
            }
        }
    }

    /** Strings and arrays a caller sends in a parameter, bounded by what the gateway lets through. */
    private static void bound(ObjectNode schema, int maxLength) {
        if (isType(schema, "string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")) {
            schema.put("maxLength", FORMAT_LENGTHS.getOrDefault(schema.path("format").asText(), maxLength));
        }
        if (isType(schema, "array")) {
            if (!schema.has("maxItems")) {
                // each item takes at least one character and a separator
                schema.put("maxItems", maxLength / 2);
            }
            if (schema.path("items").isObject()) {
                bound((ObjectNode) schema.get("items"), maxLength);
            }
        }
    }

    /** {@code uuid}, {@code date} and {@code date-time} strings have a longest valid value: say so. */
    private static void boundFormattedStrings(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Integer length = FORMAT_LENGTHS.get(object.path("format").asText());
            if (length != null && isType(object, "string") && !object.has("maxLength")) {
                object.put("maxLength", length);
            }
            object.elements().forEachRemaining(GatewayContract::boundFormattedStrings);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(GatewayContract::boundFormattedStrings);
        }
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isArray()) {
            for (JsonNode t : declared) {
                if (type.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(declared.asText());
    }

    private static void addIfMissing(ObjectNode responses, String status, String component) {
        if (!responses.has(status)) {
            responses.putObject(status).put("$ref", "#/components/responses/" + component);
        }
    }

    private static void withResponseHeaders(ObjectNode response) {
        ObjectNode headers = object(response, "headers");
        for (String header : RESPONSE_HEADERS) {
            if (!headers.has(header)) {
                headers.putObject(header).put("$ref", "#/components/headers/" + header);
            }
        }
    }

    private static void addHeaders(ObjectNode headers) {
        header(headers, "X-Request-Id", "Id of this request (the caller's own when well-formed); quote it when reporting a problem",
                stringSchema(128).put("pattern", "^[A-Za-z0-9._:-]{1,128}$"));
        header(headers, "RateLimit-Limit", "Requests the caller's client may send at once (its token bucket's size); "
                + "on every answer to a request the rate limiter counted", integerSchema(1, Integer.MAX_VALUE));
        header(headers, "RateLimit-Remaining", "Requests the caller's client may still send now", integerSchema(0, Integer.MAX_VALUE));
        header(headers, "RateLimit-Reset", "Seconds until the caller's bucket is full again", integerSchema(0, Integer.MAX_VALUE));
        header(headers, "Retry-After", "Seconds to wait before trying again", integerSchema(1, Integer.MAX_VALUE));
        header(headers, "Access-Control-Allow-Origin", "The calling page's origin, when it is one of the configured "
                + "frontend origins (CORS); absent otherwise", stringSchema(2048).put("format", "uri"));
    }

    private static void header(ObjectNode headers, String name, String description, ObjectNode schema) {
        ObjectNode header = headers.putObject(name);
        header.put("description", description);
        header.set("schema", schema);
    }

    private void addResponses(ObjectNode responses) {
        withRetryAfter(problem(responses, "RateLimited",
                "The client's rate limit is spent: retry after `Retry-After` seconds"));
        problem(responses, "ContentTooLarge", "The body is larger than " + maxBodyBytes + " bytes");
        problem(responses, "UpstreamBadResponse", "The service behind this path gave no valid answer");
        withRetryAfter(problem(responses, "UpstreamUnavailable", "The service behind this path cannot be reached, "
                + "or is held back after repeated failures (then with `Retry-After`), or the service cannot reach its "
                + "database for a moment (`DATABASE_UNAVAILABLE`, with `Retry-After`): try again"));
        problem(responses, "UpstreamTimeout", "The service behind this path did not answer in time");
        responses.elements().forEachRemaining(response -> {
            if (response.isObject() && !response.has("$ref")) {
                withResponseHeaders((ObjectNode) response);
            }
        });
    }

    private static void withRetryAfter(ObjectNode response) {
        object(response, "headers").putObject("Retry-After").put("$ref", "#/components/headers/Retry-After");
    }

    private static ObjectNode problem(ObjectNode responses, String name, String description) {
        ObjectNode response = responses.putObject(name);
        response.put("description", description);
        response.putObject("content").putObject(PROBLEM_MEDIA_TYPE).putObject("schema")
                .put("$ref", "#/components/schemas/" + PROBLEM_SCHEMA);
        return response;
    }

    /** The gateway's own problems (org.mscu.gateway.problem.Problems), shaped like the services' ones. */
    private static ObjectNode problemSchema() {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        schema.put("description", "RFC 9457 problem answered by the gateway itself");
        ArrayNode required = schema.putArray("required");
        List.of("type", "title", "status", "code").forEach(required::add);
        ObjectNode properties = schema.putObject("properties");
        properties.set("type", stringSchema(200).put("format", "uri").put("description", "URI naming the problem type"));
        properties.set("title", stringSchema(100).put("pattern", "^[A-Za-z ]+$").put("description", "Short summary of the problem type"));
        properties.set("status", integerSchema(400, 599).put("description", "HTTP status"));
        properties.set("detail", stringSchema(500).put("description", "What went wrong with this request"));
        properties.set("instance", stringSchema(8192).put("format", "uri-reference").put("description", "Request path (no query)"));
        ObjectNode code = stringSchema(40).put("description", "Stable machine-readable code");
        ArrayNode codes = code.putArray("enum");
        List.of("BAD_REQUEST", "UNAUTHENTICATED", "ROUTE_NOT_FOUND", "METHOD_NOT_ALLOWED", "PAYLOAD_TOO_LARGE", "RATE_LIMITED",
                "UPSTREAM_BAD_RESPONSE", "UPSTREAM_UNAVAILABLE", "UPSTREAM_TIMEOUT", "DATABASE_UNAVAILABLE").forEach(codes::add);
        properties.set("code", code);
        properties.set("requestId", stringSchema(128).put("pattern", "^[A-Za-z0-9._:-]{1,128}$")
                .put("description", "The request's X-Request-Id"));
        properties.set("traceId", stringSchema(32).put("pattern", "^[0-9a-f]{32}$").put("description", "Trace id"));
        return schema;
    }

    private static ObjectNode stringSchema(int maxLength) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "string");
        schema.put("maxLength", maxLength);
        return schema;
    }

    private static ObjectNode integerSchema(int minimum, int maximum) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "integer");
        schema.put("format", "int32");
        schema.put("minimum", minimum);
        schema.put("maximum", maximum);
        return schema;
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode existing = parent.get(field);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }
}
