package org.mscu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one: paths side by side (the first service to
 * declare a path keeps it), tags once each, components de-duplicated (identical ones kept once; a
 * name two services use for different things is renamed {@code Name_service} in the second, with
 * its {@code $ref}s), and the services' own security schemes replaced by one Keycloak OpenID
 * Connect scheme that every secured operation refers to. Operation ids are left as the services
 * name them (clients are generated from them, so they must not change with the merge order); a
 * duplicate is the services' to fix, and the lint of the merged document reports it.
 */
public final class OpenApiMerger {

    /** One service's document. */
    public record Source(String service, JsonNode document) {
    }

    public static final String SECURITY_SCHEME = "keycloak";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String title;
    private final String version;
    private final String issuer;

    public OpenApiMerger(String title, String version, String issuer) {
        this.title = title;
        this.version = version;
        this.issuer = issuer;
    }

    public ObjectNode merge(List<Source> sources) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", sources.stream().map(s -> s.document().path("openapi").asText(""))
                .filter(v -> !v.isEmpty()).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", title);
        info.put("version", version);
        info.put("description", sources.isEmpty()
                ? "One document for every MSCU service behind the gateway; no service has answered yet."
                : "One document for every MSCU service behind the gateway. Merged from: "
                        + String.join(", ", sources.stream().map(Source::service).toList()) + ".");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        sources.stream().map(s -> s.document().path("info").path("contact")).filter(JsonNode::isObject).findFirst()
                .ifPresent(contact -> info.set("contact", contact.deepCopy()));
        for (Source source : sources) {
            JsonNode document = renameClashes(source, components);
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag.deepCopy());
                }
            }
            document.path("paths").fields().forEachRemaining(path -> {
                if (!paths.has(path.getKey())) {
                    paths.set(path.getKey(), secured(path.getValue().deepCopy()));
                }
            });
            document.path("components").fields().forEachRemaining(section -> {
                if (section.getKey().equals("securitySchemes")) {
                    return;
                }
                ObjectNode target = components.has(section.getKey())
                        ? (ObjectNode) components.get(section.getKey()) : components.putObject(section.getKey());
                section.getValue().fields().forEachRemaining(c -> {
                    if (!target.has(c.getKey())) {
                        target.set(c.getKey(), c.getValue().deepCopy());
                    }
                });
            });
        }
        ObjectNode scheme = components.putObject("securitySchemes").putObject(SECURITY_SCHEME);
        scheme.put("type", "openIdConnect");
        scheme.put("description", "Keycloak realm mscu: bearer access token");
        scheme.put("openIdConnectUrl", issuer + "/.well-known/openid-configuration");
        merged.putArray("security").addObject().putArray(SECURITY_SCHEME);
        return merged;
    }

    /** The source with every component whose name is taken by a different one renamed, refs included. */
    private static JsonNode renameClashes(Source source, ObjectNode merged) {
        Map<String, String> renamedRefs = new HashMap<>();
        JsonNode document = source.document().deepCopy();
        JsonNode components = document.path("components");
        if (!components.isObject()) {
            return document;
        }
        List<String> sections = new ArrayList<>();
        components.fieldNames().forEachRemaining(sections::add);
        for (String section : sections) {
            if (section.equals("securitySchemes") || !components.get(section).isObject()) {
                continue;
            }
            ObjectNode own = (ObjectNode) components.get(section);
            JsonNode taken = merged.path(section);
            List<String> names = new ArrayList<>();
            own.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (taken.has(name) && !taken.get(name).equals(own.get(name))) {
                    String renamed = name + "_" + source.service();
                    own.set(renamed, own.remove(name));
                    renamedRefs.put("#/components/" + section + "/" + name, "#/components/" + section + "/" + renamed);
                }
            }
        }
        if (!renamedRefs.isEmpty()) {
            rewriteRefs(document, renamedRefs);
        }
        return document;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        }
    }

    /** Operations that required any security now require the Keycloak scheme; public ones stay public. */
    private static JsonNode secured(JsonNode pathItem) {
        for (Iterator<Map.Entry<String, JsonNode>> it = pathItem.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (OPERATIONS.contains(entry.getKey()) && entry.getValue().isObject()) {
                ObjectNode operation = (ObjectNode) entry.getValue();
                JsonNode security = operation.get("security");
                if (security != null && security.isArray() && !security.isEmpty()) {
                    ArrayNode replaced = JSON.arrayNode();
                    replaced.addObject().putArray(SECURITY_SCHEME);
                    operation.set("security", replaced);
                }
            }
        }
        return pathItem;
    }
}
