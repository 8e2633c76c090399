package org.mscu.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Mass-assignment probes: every request that creates or changes something is sent again with one
 * server-owned field added — each field the answer carries that the request schema does not (ids,
 * versions, statuses, agencies, timestamps, and for actions the whole record), read from the merged
 * OpenAPI document, one level of nesting included ({@code beds.id}, {@code prohibitions.id}). The
 * field is rejected (400 naming it, the record unchanged) or ignored (the answer does not carry the
 * value sent) — never applied. Requests and records come from the access-matrix scenarios, sent as an
 * identity the policy lets make them.
 */
class MassAssignmentIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> serverOwnedFieldsInABodyAreRejectedOrIgnoredNeverApplied() {
        OpenApiDocument openApi = OpenApiDocument.fromGateway();
        List<RealmIdentity> identities = RealmIdentity.all();
        List<DeclaredEndpoints.Endpoint> endpoints = ApiCatalog.endpoints();
        return ApiCatalog.scenarios().stream()
                .filter(scenario -> scenario.method().equals("POST") || scenario.method().equals("PUT"))
                .map(scenario -> DynamicTest.dynamicTest(scenario.toString(), () -> {
                    DeclaredEndpoints.Endpoint endpoint = ApiCatalog.endpointOf(scenario, endpoints);
                    OpenApiDocument.Operation operation = ApiCatalog.operationOf(scenario, endpoints, openApi);
                    List<String> problems = probe(scenario, endpoint, operation, openApi, identities);
                    assertTrue(problems.isEmpty(), String.join("\n", problems));
                }));
    }

    private static List<String> probe(Scenario scenario, DeclaredEndpoints.Endpoint endpoint, OpenApiDocument.Operation operation,
                                      OpenApiDocument openApi, List<RealmIdentity> identities) {
        Subject subject = scenario.prepare().get();
        if (!(subject.body() instanceof Map<?, ?>)) {
            return List.of();
        }
        RealmIdentity permitted = identities.stream()
                .filter(identity -> Expectation.of(endpoint, subject, identity, 200).success()).findFirst()
                .orElseThrow(() -> new AssertionError("no identity may call " + scenario));
        List<String> problems = new ArrayList<>();
        Subject current = subject;
        String before = state(current);
        int probed = 0;
        for (Map.Entry<String, Object> field : serverOwnedFields(operation, openApi).entrySet()) {
            Map<String, Object> body = copy(current.body());
            if (!inject(body, field.getKey(), field.getValue())) {
                continue;
            }
            probed++;
            Response response = Calls.send(permitted.bearer(), scenario.method(), withBody(current, body));
            String outcome = judge(field.getKey(), field.getValue(), response);
            if (outcome != null) {
                problems.add(scenario + " as " + permitted + " with " + field.getKey() + "=" + field.getValue() + ": " + outcome);
            }
            if (response.statusCode() < 300) {
                current = scenario.prepare().get();
                before = state(current);
            } else if (before != null && !before.equals(state(current))) {
                problems.add(scenario + " with " + field.getKey() + ": refused, yet the record changed");
            }
        }
        if (probed == 0) {
            problems.add(scenario + ": the OpenAPI document names no server-owned field to try");
        }
        return problems;
    }

    /** {@code null} when the field was rejected or ignored, else what happened. */
    private static String judge(String path, Object sent, Response response) {
        if (response.statusCode() == 400) {
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            List<String> fields = response.jsonPath().getList("errors.field", String.class);
            return fields != null && fields.stream().anyMatch(f -> f != null && f.contains(leaf)) ? null
                    : "400 without naming the field: " + response.asString();
        }
        if (response.statusCode() >= 300) {
            return "neither rejected as invalid nor ignored: " + response.statusCode() + " " + response.asString();
        }
        JsonNode answer = read(response.asString());
        JsonNode value = valueAt(answer, path);
        JsonNode sentNode = JSON.valueToTree(sent);
        return !value.isMissingNode() && value.equals(sentNode) && !sentNode.isContainerNode()
                ? "applied: the answer carries the value sent" : null;
    }

    /** The value at {@code a} or {@code a.b} (in the object, or the first element of the array, {@code a}). */
    private static JsonNode valueAt(JsonNode answer, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return answer.path(path);
        }
        JsonNode parent = answer.path(path.substring(0, dot));
        return (parent.isArray() ? parent.path(0) : parent).path(path.substring(dot + 1));
    }

    /** Server-owned fields (answer schema minus request schema), with a well-typed attacker value each. */
    static Map<String, Object> serverOwnedFields(OpenApiDocument.Operation operation, OpenApiDocument openApi) {
        JsonNode request = operation.node().path("requestBody").path("content").path("application/json").path("schema");
        JsonNode answer = successSchema(operation);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (request.isMissingNode() || answer == null) {
            return fields;
        }
        Map<String, JsonNode> requestProperties = SchemaValues.properties(openApi, request);
        Map<String, JsonNode> answerProperties = SchemaValues.properties(openApi, answer);
        answerProperties.forEach((name, schema) -> {
            if (!requestProperties.containsKey(name)) {
                fields.put(name, SchemaValues.attackerValue(openApi, schema));
                return;
            }
            Map<String, JsonNode> nestedRequest = SchemaValues.properties(openApi, element(openApi, requestProperties.get(name)));
            SchemaValues.properties(openApi, element(openApi, schema)).forEach((nested, nestedSchema) -> {
                if (!nestedRequest.isEmpty() && !nestedRequest.containsKey(nested)) {
                    fields.put(name + "." + nested, SchemaValues.attackerValue(openApi, nestedSchema));
                }
            });
        });
        return fields;
    }

    private static JsonNode element(OpenApiDocument openApi, JsonNode schema) {
        JsonNode resolved = SchemaValues.resolve(openApi, schema);
        return resolved != null && "array".equals(SchemaValues.type(resolved)) ? SchemaValues.resolve(openApi, resolved.path("items")) : resolved;
    }

    private static JsonNode successSchema(OpenApiDocument.Operation operation) {
        JsonNode content = operation.node().path("responses").path(Integer.toString(operation.successStatus())).path("content");
        return content.size() == 0 ? null : content.elements().next().path("schema");
    }

    /** Puts the value at a path of the body: {@code a} or {@code a.b} (into the object, or the first element of the array, {@code a}). */
    @SuppressWarnings("unchecked")
    private static boolean inject(Map<String, Object> body, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.put(path, value);
            return true;
        }
        Object parent = body.get(path.substring(0, dot));
        if (parent instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(path.substring(dot + 1), value);
            return true;
        }
        if (parent instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
            ((Map<String, Object>) first).put(path.substring(dot + 1), value);
            return true;
        }
        return false;
    }

    /** A deep, mutable copy of a JSON-shaped body. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Object body) {
        return JSON.convertValue(body, HashMap.class);
    }

    private static Subject withBody(Subject subject, Object body) {
        Subject copy = Subject.at(subject.path()).body(body);
        subject.query().forEach(copy::query);
        return subject.record() == null ? copy : copy.on(subject.record());
    }

    private static String state(Subject subject) {
        return Optional.ofNullable(subject.record()).map(Fixture::state).map(java.util.function.Supplier::get).orElse(null);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            return JSON.missingNode();
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void releaseVictimAssignments() {
        VictimScenarios.releaseAssignments();
    }
}
