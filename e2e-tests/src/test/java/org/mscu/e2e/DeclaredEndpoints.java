package org.mscu.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The endpoints each service declares in its code: the JAX-RS verb and path of every resource method
 * and the policy resource and action its {@code @Access} names — the one place that says which policy
 * entry an endpoint needs. Read from the sources (the services are not on this class path), plus the
 * endpoints every service gets from platform-lib (those whose path names the service: {@code /api/v1/audit/{service}}).
 */
final class DeclaredEndpoints {

    /**
     * One endpoint: a verb and path template of a service, and the policy entry it needs;
     * {@code documented} is the template the merged OpenAPI document names it by (platform-lib's
     * endpoints keep {@code {service}} there).
     */
    record Endpoint(Service service, String method, String template, String resource, String action, String documented) {

        Endpoint(Service service, String method, String template, String resource, String action) {
            this(service, method, template, resource, action, template);
        }

        /** {@code GET /api/v1/referrals/{id}}: how the scenarios name it. */
        String key() {
            return method + " " + template;
        }

        /** How the merged OpenAPI document names it. */
        String documentedKey() {
            return method + " " + documented;
        }

        @Override
        public String toString() {
            return key() + " (" + resource + ":" + action + ")";
        }
    }

    private static final Pattern VERB = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b(?![.(])");
    private static final Pattern PATH = Pattern.compile("@Path\\(\\s*\"([^\"]*)\"\\s*\\)");
    /** {@code @Access(resource = ..., action = ...)}, each a string literal or a (qualified) constant. */
    private static final Pattern ACCESS = Pattern.compile(
            "@Access\\(\\s*resource\\s*=\\s*(\"[^\"]+\"|[\\w.]+)\\s*,\\s*action\\s*=\\s*(\"[^\"]+\"|[\\w.]+)\\s*\\)");
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");
    private static final String PLATFORM_SOURCES = "platform-lib/src/main/java";

    private DeclaredEndpoints() {
    }

    /**
     * Every endpoint of a service under {@code /api}; {@code policyName} (the {@code service:} of its
     * policy document) replaces {@code {service}} in platform-lib's paths, which the gateway routes by it.
     */
    static List<Endpoint> of(Service service, String policyName) {
        List<Endpoint> endpoints = new ArrayList<>(scan(service, Platform.projectRoot().resolve(service.audience()).resolve("src/main/java")));
        scan(service, Platform.projectRoot().resolve(PLATFORM_SOURCES)).stream()
                .filter(shared -> shared.template().contains("{service}"))
                .forEach(shared -> endpoints.add(new Endpoint(service, shared.method(),
                        shared.template().replace("{service}", policyName), shared.resource(), shared.action(), shared.template())));
        return endpoints.stream().filter(endpoint -> endpoint.template().startsWith("/api/")).toList();
    }

    private static List<Endpoint> scan(Service service, Path sources) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sources, e);
        }
        Map<String, String> constants = new HashMap<>();
        for (Path file : files) {
            String type = file.getFileName().toString().replace(".java", "");
            Matcher constant = CONSTANT.matcher(read(file));
            while (constant.find()) {
                constants.put(type + "." + constant.group(1), constant.group(2));
                constants.putIfAbsent(constant.group(1), constant.group(2));
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        files.forEach(file -> endpoints.addAll(parse(service, read(file), constants)));
        return endpoints;
    }

    /**
     * The resource methods of one source file (an empty list for any other class); {@code constants}
     * ({@code Type.NAME} and {@code NAME} to value) resolve an {@code @Access} that names constants.
     */
    static List<Endpoint> parse(Service service, String source, Map<String, String> constants) {
        List<String> headers = headers(stripComments(source));
        if (headers.isEmpty() || !PATH.matcher(headers.get(0)).find()) {
            return List.of();
        }
        String classHeader = headers.get(0);
        String classPath = single(PATH, classHeader, "class @Path");
        Matcher classAccess = ACCESS.matcher(classHeader);
        List<Endpoint> endpoints = new ArrayList<>();
        for (String header : headers.subList(1, headers.size())) {
            Matcher verb = VERB.matcher(header);
            if (!verb.find()) {
                continue;
            }
            String path = PATH.matcher(header).find() ? join(classPath, single(PATH, header, "@Path")) : join(classPath, "");
            Matcher access = ACCESS.matcher(header);
            if (access.find()) {
                endpoints.add(new Endpoint(service, verb.group(1), path, value(access.group(1), constants), value(access.group(2), constants)));
            } else if (classAccess.find(0)) {
                endpoints.add(new Endpoint(service, verb.group(1), path, value(classAccess.group(1), constants),
                        value(classAccess.group(2), constants)));
            } else if (header.contains("@Access")) {
                throw new IllegalStateException("cannot read the @Access of " + verb.group(1) + " " + path + ": " + header);
            } else {
                // Deny by default: a method without @Access is refused to everyone; the matrix expects exactly that.
                endpoints.add(new Endpoint(service, verb.group(1), path, null, null));
            }
        }
        return endpoints;
    }

    /**
     * The declaration headers of a type: first the type's own (annotations, name), then one per
     * member (annotations and signature), found by brace and parenthesis depth outside literals.
     */
    private static List<String> headers(String source) {
        List<String> headers = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int braces = 0;
        int parens = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                if (braces <= 1) {
                    current.append(source, i, end);
                }
                i = end - 1;
                continue;
            }
            if (braces <= 1) {
                current.append(c);
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == '{' && parens == 0) {
                if (braces <= 1) {
                    headers.add(current.toString());
                    current.setLength(0);
                }
                braces++;
            } else if (c == '}' && parens == 0) {
                braces--;
                if (braces <= 1) {
                    current.setLength(0);
                }
            } else if (c == ';' && parens == 0 && braces <= 1) {
                current.setLength(0);
            }
        }
        return headers;
    }

    private static String value(String expression, Map<String, String> constants) {
        if (expression.startsWith("\"")) {
            return expression.substring(1, expression.length() - 1);
        }
        String value = constants.get(expression);
        if (value == null) {
            throw new IllegalStateException("cannot resolve the @Access constant " + expression);
        }
        return value;
    }

    private static int endOfLiteral(String source, int start) {
        if (source.startsWith("\"\"\"", start)) {
            int end = source.indexOf("\"\"\"", start + 3);
            return end < 0 ? source.length() : end + 3;
        }
        char quote = source.charAt(start);
        for (int i = start + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == quote) {
                return i + 1;
            }
        }
        return source.length();
    }

    private static String stripComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                out.append(source, i, end);
                i = end - 1;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = (end < 0 ? source.length() : end) - 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = (end < 0 ? source.length() : end + 2) - 1;
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String single(Pattern pattern, String header, String what) {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            throw new IllegalStateException("cannot read the " + what + " of: " + header);
        }
        return matcher.group(1);
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
