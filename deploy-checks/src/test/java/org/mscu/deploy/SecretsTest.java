package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secrets are referenced, never committed with real values; every one prod needs is documented for operators. */
class SecretsTest {

    static final List<String> NO_SECRETS = List.of("base", "overlays/prod");

    /** Created in the namespace by the RabbitMQ operator and cert-manager, not by these manifests. */
    static final Set<String> CREATED_BY_OPERATORS = Set.of("rabbitmq-default-user", "gateway-tls", "keycloak-tls");

    static Set<String> referencedSecrets(List<JsonNode> objects) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode object : objects) {
            object.findParents("secretKeyRef").forEach(p -> names.add(p.path("secretKeyRef").path("name").asText()));
            object.findParents("secretRef").forEach(p -> names.add(p.path("secretRef").path("name").asText()));
            object.findValues("secretName").forEach(v -> names.add(v.asText()));
            object.findValues("tlsSecret").forEach(v -> names.add(v.asText()));
            object.findValues("usernameSecret").forEach(v -> names.add(v.path("name").asText()));
            object.findValues("passwordSecret").forEach(v -> names.add(v.path("name").asText()));
            object.findValues("accessKeyId").forEach(v -> names.add(v.path("name").asText()));
            object.findValues("secretAccessKey").forEach(v -> names.add(v.path("name").asText()));
            JsonNode initdb = object.path("spec").path("bootstrap").path("initdb");
            if (initdb.has("secret")) {
                names.add(initdb.path("secret").path("name").asText());
            }
        }
        names.remove("");
        return names;
    }

    @ParameterizedTest
    @FieldSource("NO_SECRETS")
    void baseAndProdCommitNoSecret(String target) {
        assertEquals(List.of(), Objects.ofKind(Kustomize.render(target), "Secret").stream().map(Repo::id).toList(),
                target + " must reference Secrets, not contain them");
    }

    @Test
    void devSecretsCarryOnlyObviouslyFakeValues() {
        for (JsonNode secret : Objects.ofKind(Kustomize.render("overlays/dev"), "Secret")) {
            secret.path("data").fields().forEachRemaining(e -> {
                String value = new String(Base64.getDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8);
                if (e.getKey().equals("password")) {
                    assertTrue(value.endsWith("-dev-only"), Repo.id(secret) + ": a dev password must say so");
                }
            });
        }
    }

    @Test
    void everySecretDevReferencesExistsOrIsCreatedByAnOperator() {
        List<JsonNode> objects = Kustomize.render("overlays/dev");
        Set<String> missing = referencedSecrets(objects);
        Objects.ofKind(objects, "Secret").forEach(s -> missing.remove(Objects.name(s)));
        missing.removeAll(CREATED_BY_OPERATORS);
        assertEquals(Set.of(), missing, "dev references Secrets nobody creates");
    }

    @Test
    void everySecretProdReferencesIsDocumentedForOperators() {
        String readme = Repo.read(Repo.path("k8s/README.md"));
        Set<String> undocumented = new LinkedHashSet<>();
        for (String name : referencedSecrets(Kustomize.render("overlays/prod"))) {
            if (!readme.contains("`" + name + "`")) {
                undocumented.add(name);
            }
        }
        assertEquals(Set.of(), undocumented, "k8s/README.md must list every Secret prod needs");
    }
}
