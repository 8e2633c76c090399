package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * #8, the one API document: the gateway's {@code /openapi} holds every operation of the four
 * services (as each serves it at {@code /q/openapi}), in JSON and YAML; it passes the Spectral lint
 * with the OWASP API Security ruleset without errors; and TypeScript types generated from it with
 * openapi-typescript compile ({@code tsc --noEmit}) with a typed client of the referral list, as the
 * frontend team uses them. The npm tools are pinned in {@code tools/openapi}; the document, the lint
 * report and a summary of the accepted warnings are written to {@code target/openapi/}.
 */
class OpenApiContractIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUTPUT = Path.of("target/openapi");

    private static JsonNode merged;
    private static Path document;

    @BeforeAll
    static void fetchTheMergedDocument() throws IOException {
        // The gateway refetches the services' documents periodically: it may have started before them.
        await("the merged document with every service's paths").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(missingOperations(mergedDocument()), empty()));
        merged = mergedDocument();
        Files.createDirectories(OUTPUT);
        document = OUTPUT.resolve("mscu-api.json").toAbsolutePath();
        Files.writeString(document, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(merged), StandardCharsets.UTF_8);
    }

    @Test
    void holdsEveryOperationOfTheFourServicesUnderItsOwnId() throws IOException {
        assertThat(missingOperations(merged), empty());
    }

    @Test
    void servesTheSameDocumentAsYaml() throws IOException {
        String yaml = given().accept("application/yaml").get(Platform.gateway() + "/openapi")
                .then().statusCode(200).contentType(containsString("application/yaml")).extract().asString();
        String asked = given().queryParam("format", "yaml").get(Platform.gateway() + "/openapi")
                .then().statusCode(200).extract().asString();

        assertEquals("", firstDifference(merged.path("paths"), new YAMLMapper().readTree(yaml).path("paths"), "/paths"));
        assertEquals("", firstDifference(merged.path("paths"), new YAMLMapper().readTree(asked).path("paths"), "/paths"));
    }

    /** Where two documents first differ (a JSON pointer and both values), or "" when they are equal. */
    private static String firstDifference(JsonNode expected, JsonNode actual, String at) {
        if (expected.equals(actual)) {
            return "";
        }
        if (expected.isContainerNode() && expected.getNodeType() == actual.getNodeType() && expected.size() == actual.size()) {
            for (var names = expected.isObject() ? expected.fieldNames() : indexes(expected.size()); names.hasNext(); ) {
                String name = names.next();
                JsonNode left = expected.isObject() ? expected.path(name) : expected.path(Integer.parseInt(name));
                JsonNode right = actual.isObject() ? actual.path(name) : actual.path(Integer.parseInt(name));
                String difference = firstDifference(left, right, at + "/" + name);
                if (!difference.isEmpty()) {
                    return difference;
                }
            }
        }
        return at + ": " + abbreviated(expected) + " in JSON, " + abbreviated(actual) + " in YAML";
    }

    private static java.util.Iterator<String> indexes(int size) {
        return java.util.stream.IntStream.range(0, size).mapToObj(Integer::toString).iterator();
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    @Test
    void passesTheSpectralLintWithTheOwaspRulesetWithoutErrors() throws IOException {
        OpenApiTools.install();
        Path report = OUTPUT.resolve("lint.json").toAbsolutePath();
        Commands.Result lint = OpenApiTools.run("lint", document.toString(), "--format", "json", "--output", report.toString());
        assertTrue(Files.isRegularFile(report), lint.describe());

        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (JsonNode finding : JSON.readTree(report.toFile())) {
            String code = finding.path("code").asText();
            if (finding.path("severity").asInt() == 0) {
                errors.add(code + " at " + String.join("/", texts(finding.path("path"))) + ": " + finding.path("message").asText());
            } else {
                warnings.merge(code, 1, Integer::sum);
            }
        }
        StringBuilder summary = new StringBuilder("Spectral warnings on the merged document (accepted: docs/gateway.md)\n");
        warnings.forEach((code, count) -> summary.append(String.format("%5d  %s%n", count, code)));
        Files.writeString(OUTPUT.resolve("lint-warnings.txt"), summary, StandardCharsets.UTF_8);

        assertThat("Spectral errors (full report: " + report + ")", errors, empty());
        assertTrue(lint.succeeded(), lint.describe());
    }

    @Test
    void generatesTypeScriptTypesThatATypedClientCompilesAgainst() {
        OpenApiTools.install();
        Commands.Result types = OpenApiTools.run("types", document.toString());
        assertTrue(types.succeeded(), types.describe());

        Commands.Result typecheck = OpenApiTools.run("typecheck");
        assertTrue(typecheck.succeeded(), typecheck.describe());
    }

    private static JsonNode mergedDocument() throws IOException {
        return JSON.readTree(given().accept("application/json").get(Platform.gateway() + "/openapi")
                .then().statusCode(200).extract().asString());
    }

    /**
     * Every service operation the merged document lacks, as {@code service: METHOD path operationId}.
     * A path only one service declares keeps its operation id; a path several declare (the platform's
     * audit endpoints, {@code /api/v1/audit/{service}}) is there once, as the first service has it.
     */
    private static List<String> missingOperations(JsonNode mergedDocument) throws IOException {
        Map<Service, JsonNode> own = new EnumMap<>(Service.class);
        Map<String, Integer> declaredBy = new TreeMap<>();
        for (Service service : Service.values()) {
            JsonNode paths = JSON.readTree(given().accept("application/json").get(Platform.direct(service) + "/q/openapi?format=json")
                    .then().statusCode(200).extract().asString()).path("paths");
            own.put(service, paths);
            paths.fieldNames().forEachRemaining(path -> declaredBy.merge(path, 1, Integer::sum));
        }
        List<String> missing = new ArrayList<>();
        own.forEach((service, paths) -> paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            String id = operation.getValue().path("operationId").asText();
            JsonNode there = mergedDocument.path("paths").path(path.getKey()).path(operation.getKey());
            boolean sameId = declaredBy.get(path.getKey()) > 1 || id.equals(there.path("operationId").asText());
            if (there.isMissingNode() || !sameId) {
                missing.add(service.audience() + ": " + operation.getKey().toUpperCase() + " " + path.getKey() + " " + id);
            }
        })));
        return missing;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
