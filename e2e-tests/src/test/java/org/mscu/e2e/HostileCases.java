package org.mscu.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Hostile variants of one valid request, generated from the operation's schemas in the merged OpenAPI
 * document with a seeded random source (the same seed gives the same cases): malformed JSON, wrongly
 * typed and oversized values, unicode edges, injection-shaped strings, numeric and date edges, nulls
 * and unknown fields in the body; odd path ids and query values; odd headers. Each kind of mutation
 * that applies to the operation comes first, then random ones up to the number of cases asked for.
 */
final class HostileCases {

    /** One request to send: path (already URL-encoded), raw query, headers, body bytes and content type. */
    record Case(String kind, String label, String path, String query, Map<String, String> headers, byte[] body, String contentType) {

        @Override
        public String toString() {
            return kind + ": " + label;
        }
    }

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "\"; DROP TABLE referral; --", "${jndi:ldap://127.0.0.1:1/x}",
            "{{7*7}}${7*7}<%= 7*7 %>", "<script>alert(1)</script>", "../../../../etc/passwd", "%00%0d%0aX-Injected: yes",
            "\r\nX-Injected: yes", "$(id)`id`", "admin'--", "\\u0000\\x00", "*)(uid=*))(|(uid=*", "<!ENTITY x SYSTEM \"file:///etc/passwd\">");
    static final List<String> UNICODE = List.of("\u0000", "nul\u0000inside", "\uD800", "\uDFFF\uD800", "\u202Eevil\u202C", "\uFEFFbom",
            "zero\u200Bwidth", "e\u0301\u0301\u0301", "\uD835\uDD7F\uD835\uDD8A\uD835\uDD98\uD835\uDD99", "\uFFFF\uFFFE", "\u0085\u2028\u2029",
            "Z\u0336\u0335\u0334a\u0337\u0338lgo", "\u00A0\u3000", "😀👩‍👩‍👧‍👦");
    static final List<String> DATES = List.of("2026-02-30", "0000-00-00", "+999999999-12-31", "-999999999-01-01", "2026-13-01T00:00:00Z",
            "1970-01-01T00:00:00+25:00", "", "now", "2026-01-01T24:00:00Z", "9999-12-31T23:59:59.999999999Z", "1");
    static final List<Object> NUMBERS = List.of(-1, 0, 2147483648L, new java.math.BigInteger("9223372036854775808"),
            new java.math.BigDecimal("1e308"), 1.5, -0.0, new java.math.BigInteger("-99999999999999999999999999"));
    static final List<String> PATH_IDS = List.of("1", "%2e%2e%2f%2e%2e%2f", "a".repeat(3000), "%00", "%F0%9F%92%A9",
            "00000000-0000-0000-0000-00000000000g", "%27%20OR%201%3D1", "%0d%0aX-Injected:%20yes", "-1", "null", "..;");
    static final List<String> QUERY_VALUES = List.of("-1", "0", "abc", "99999999999999999999", "", "x".repeat(5000),
            "' OR '1'='1", "!!!!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "\u0000", "2026-02-30", "1e309", "[]", "{}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BODY_KINDS = List.of("malformed", "wrong-type", "oversized", "unicode", "injection",
            "numeric", "date", "null", "unknown-field");

    private final OpenApiDocument document;
    private final OpenApiDocument.Operation operation;
    private final Subject valid;
    private final Random random;

    HostileCases(OpenApiDocument document, OpenApiDocument.Operation operation, Subject valid, Random random) {
        this.document = document;
        this.operation = operation;
        this.valid = valid;
        this.random = random;
    }

    /** {@code count} cases: every kind that applies once, then random kinds. */
    List<Case> generate(int count) {
        List<String> kinds = new ArrayList<>();
        boolean hasBody = valid.body() instanceof Map<?, ?>;
        if (hasBody) {
            kinds.addAll(BODY_KINDS);
        }
        if (operation.template().contains("{")) {
            kinds.add("path");
        }
        if (!queryParameters().isEmpty()) {
            kinds.add("query");
        }
        kinds.add("header");
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = i < kinds.size() ? kinds.get(i) : kinds.get(random.nextInt(kinds.size()));
            cases.add(make(kind));
        }
        return cases;
    }

    private Case make(String kind) {
        return switch (kind) {
            case "malformed" -> malformed();
            case "wrong-type" -> mutateField(kind, this::wrongType);
            case "oversized" -> random.nextBoolean() ? mutateField(kind, schema -> "x".repeat(200_000))
                    : raw(kind, "body over the gateway's 1 MiB limit", "{\"padding\":\"" + "x".repeat(1_200_000) + "\"}");
            case "unicode" -> mutateString(kind, UNICODE);
            case "injection" -> mutateString(kind, INJECTIONS);
            case "numeric" -> mutateField(kind, schema -> pick(NUMBERS));
            case "date" -> mutateField(kind, schema -> pick(DATES));
            case "null" -> mutateField(kind, schema -> null);
            case "unknown-field" -> withBody(kind, "unknown field \"__proto__\"", put(copyOfBody(), "__proto__", Map.of("admin", true)));
            case "path" -> pathCase();
            case "query" -> queryCase();
            default -> headerCase();
        };
    }

    private Case malformed() {
        String json = validBody();
        List<Map.Entry<String, byte[]>> variants = List.of(
                Map.entry("empty body", new byte[0]),
                Map.entry("truncated", json.substring(0, Math.max(1, json.length() / 2)).getBytes(StandardCharsets.UTF_8)),
                Map.entry("trailing garbage", (json + "}}garbage").getBytes(StandardCharsets.UTF_8)),
                Map.entry("array instead of object", ("[" + json + "]").getBytes(StandardCharsets.UTF_8)),
                Map.entry("bare string", "\"text\"".getBytes(StandardCharsets.UTF_8)),
                Map.entry("null", "null".getBytes(StandardCharsets.UTF_8)),
                Map.entry("trailing comma", json.replaceFirst("}$", ",}").getBytes(StandardCharsets.UTF_8)),
                Map.entry("invalid UTF-8", concat(json.substring(0, json.length() - 1).getBytes(StandardCharsets.UTF_8),
                        new byte[] {',', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'})),
                Map.entry("byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8))),
                Map.entry("nesting 20000 deep", ("{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}").getBytes(StandardCharsets.UTF_8)),
                Map.entry("number of 100000 digits", "{\"a\":1".concat("0".repeat(100_000)).concat("}").getBytes(StandardCharsets.UTF_8)),
                Map.entry("duplicate keys", json.replaceFirst("^\\{", "{\"a\":1,\"a\":2,").getBytes(StandardCharsets.UTF_8)),
                Map.entry("single quotes", json.replace('"', '\'').getBytes(StandardCharsets.UTF_8)),
                Map.entry("NUL byte", new byte[] {'{', 0, '}'}));
        Map.Entry<String, byte[]> variant = variants.get(random.nextInt(variants.size()));
        return new Case("malformed", variant.getKey(), path(), query(), Map.of(), variant.getValue(), "application/json");
    }

    private Object wrongType(JsonNode schema) {
        String type = schema == null ? "string" : SchemaValues.type(schema);
        List<Object> wrong = switch (type) {
            case "integer", "number" -> List.of("abc", Map.of(), List.of(), true);
            case "boolean" -> List.of("yes", 1, Map.of(), List.of());
            case "array" -> List.of("x", Map.of("a", 1), 7);
            case "object" -> List.of("x", List.of(1), 7, true);
            default -> List.of(12345, true, Map.of("a", "b"), List.of("a"));
        };
        return pick(wrong);
    }

    private Case mutateString(String kind, List<String> values) {
        List<String> strings = fieldPaths().stream().filter(path -> "string".equals(typeAt(path))).toList();
        if (strings.isEmpty()) {
            return mutateField(kind, schema -> pick(values));
        }
        String path = strings.get(random.nextInt(strings.size()));
        Object value = pick(values);
        return withBody(kind, path + " = " + printable(value), set(copyOfBody(), path, value));
    }

    private Case mutateField(String kind, Function<JsonNode, Object> value) {
        List<String> paths = fieldPaths();
        if (paths.isEmpty()) {
            return withBody(kind, "extra field", put(copyOfBody(), "extra", value.apply(null)));
        }
        String path = paths.get(random.nextInt(paths.size()));
        Object mutated = value.apply(schemaAt(path));
        return withBody(kind, path + " = " + printable(mutated), set(copyOfBody(), path, mutated));
    }

    private Case pathCase() {
        String id = pick(PATH_IDS);
        String path = operation.template().replaceAll("\\{[^}]+}", id);
        return new Case("path", "id " + printable(id), path, query(), Map.of(), bodyBytes(copyOfBody()), "application/json");
    }

    private Case queryCase() {
        List<String> names = queryParameters();
        Map<String, Object> query = new LinkedHashMap<>(valid.query());
        String name = names.get(random.nextInt(names.size()));
        String value = pick(QUERY_VALUES);
        query.put(name, value);
        if (random.nextInt(4) == 0) {
            query.put("unknownParameter", "1");
        }
        return new Case("query", name + " = " + printable(value), path(), encode(query), Map.of(), bodyBytes(copyOfBody()),
                "application/json");
    }

    private Case headerCase() {
        List<Map.Entry<String, Map<String, String>>> variants = List.of(
                Map.entry("If-Match garbage", Map.of("If-Match", "\"not-a-version\"")),
                Map.entry("If-Match list of weak tags", Map.of("If-Match", "W/\"1\", W/\"2\", *")),
                Map.entry("If-Match huge version", Map.of("If-Match", "\"99999999999999999999999\"")),
                Map.entry("Idempotency-Key of 300 characters", Map.of("Idempotency-Key", "k".repeat(300))),
                Map.entry("Idempotency-Key with spaces", Map.of("Idempotency-Key", "a key with spaces")),
                Map.entry("X-Access-Purpose of 5000 characters", Map.of("X-Access-Purpose", "p".repeat(5000))),
                Map.entry("X-Access-Purpose injection-shaped", Map.of("X-Access-Purpose", "'; DROP TABLE audit_entry; --")),
                Map.entry("Accept XML only", Map.of("Accept", "application/xml")),
                Map.entry("X-Forwarded-For spoofed", Map.of("X-Forwarded-For", "127.0.0.1, 10.0.0.1")));
        Map.Entry<String, Map<String, String>> variant = variants.get(random.nextInt(variants.size()));
        String contentType = "application/json";
        if (valid.body() != null && random.nextInt(3) == 0) {
            contentType = pick(List.of("text/plain", "application/xml", "application/x-yaml", "application/json; charset=latin1"));
            return new Case("header", "Content-Type " + contentType, path(), query(), Map.of(), bodyBytes(copyOfBody()), contentType);
        }
        return new Case("header", variant.getKey(), path(), query(), variant.getValue(), bodyBytes(copyOfBody()), contentType);
    }

    // --- the operation's request body -------------------------------------------------------------

    /** Dot paths of the body's fields (one level into objects and the first element of arrays of objects). */
    private List<String> fieldPaths() {
        List<String> paths = new ArrayList<>();
        if (!(valid.body() instanceof Map<?, ?> body)) {
            return paths;
        }
        body.forEach((name, value) -> {
            paths.add(name.toString());
            Object nested = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
            if (nested instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> paths.add(name + "." + key));
            }
        });
        return paths;
    }

    private JsonNode schemaAt(String path) {
        JsonNode schema = requestSchema();
        for (String step : path.split("\\.")) {
            if (schema == null) {
                return null;
            }
            JsonNode resolved = SchemaValues.resolve(document, schema);
            if (resolved != null && "array".equals(SchemaValues.type(resolved))) {
                resolved = SchemaValues.resolve(document, resolved.path("items"));
            }
            schema = resolved == null ? null : SchemaValues.properties(document, resolved).get(step);
        }
        return schema == null ? null : SchemaValues.resolve(document, schema);
    }

    private String typeAt(String path) {
        JsonNode schema = schemaAt(path);
        return schema == null ? null : SchemaValues.type(schema);
    }

    private JsonNode requestSchema() {
        return operation.node().path("requestBody").path("content").path("application/json").path("schema");
    }

    private List<String> queryParameters() {
        List<String> names = new ArrayList<>();
        operation.node().path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())) {
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> copyOfBody() {
        return valid.body() == null ? null : JSON.convertValue(valid.body(), HashMap.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> set(Map<String, Object> body, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.put(path, value);
            return body;
        }
        Object parent = body.get(path.substring(0, dot));
        Object target = parent instanceof List<?> list && !list.isEmpty() ? list.get(0) : parent;
        if (target instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(path.substring(dot + 1), value);
        }
        return body;
    }

    private static Map<String, Object> put(Map<String, Object> body, String name, Object value) {
        Map<String, Object> copy = body == null ? new HashMap<>() : body;
        copy.put(name, value);
        return copy;
    }

    private Case withBody(String kind, String label, Map<String, Object> body) {
        return new Case(kind, label, path(), query(), Map.of(), bodyBytes(body), "application/json");
    }

    private Case raw(String kind, String label, String body) {
        return new Case(kind, label, path(), query(), Map.of(), body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private String validBody() {
        return new String(bodyBytes(copyOfBody()), StandardCharsets.UTF_8);
    }

    private static byte[] bodyBytes(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException unpairedSurrogate) {
            // Jackson will not write a lone surrogate as UTF-8; as a \\u escape it is valid JSON text.
            try {
                return JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String path() {
        return valid.path();
    }

    private String query() {
        return encode(valid.query());
    }

    private static String encode(Map<String, Object> query) {
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** A short, printable rendering of a value for test names and messages. */
    static String printable(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(60).forEach(cp -> out.append(cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
                || Character.isSurrogate((char) Math.min(cp, 0xFFFF)) ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
        return text.length() > 60 ? out + "…(" + text.length() + " chars)" : out.toString();
    }
}
