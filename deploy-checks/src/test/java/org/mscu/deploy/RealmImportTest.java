package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KeycloakRealmImport resources follow infra/keycloak/mscu-realm.json (k8s/sync-realm.sh writes them). */
class RealmImportTest {

    static final String HINT = " (run k8s/sync-realm.sh after changing infra/keycloak/mscu-realm.json)";

    static JsonNode realmFile() {
        return Repo.json(Repo.path("infra/keycloak/mscu-realm.json"));
    }

    static JsonNode importedRealm(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        JsonNode realmImport = Objects.ofKind(objects, "KeycloakRealmImport").stream().findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " imports no realm"));
        String keycloak = realmImport.path("spec").path("keycloakCRName").asText();
        assertTrue(Objects.find(objects, "Keycloak", keycloak).isPresent(), overlay + ": imports into a Keycloak that does not exist");
        return realmImport.path("spec").path("realm");
    }

    @Test
    void devImportsTheDevelopmentRealmUnchanged() {
        assertEquals(realmFile(), importedRealm("overlays/dev"), "dev realm differs from the realm file" + HINT);
    }

    @Test
    void prodImportsTheRealmWithoutDevelopmentIdentities() {
        JsonNode realm = importedRealm("overlays/prod");
        JsonNode file = realmFile();
        assertEquals(file.path("realm"), realm.path("realm"));
        assertEquals(file.path("roles"), realm.path("roles"), "prod realm roles" + HINT);
        assertTrue(realm.path("users").isMissingNode(), "prod must not import the development users");
        assertFalse(realm.path("clients").isEmpty(), "prod imports the frontend client");
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertTrue(client.path("publicClient").asBoolean(), id + ": prod imports no confidential client (no secret in the repo)");
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + ": no password grant in prod");
            assertFalse(client.toString().contains("localhost"), id + ": prod client points at localhost");
            JsonNode original = null;
            for (JsonNode c : file.path("clients")) {
                if (c.path("clientId").asText().equals(id)) {
                    original = c;
                }
            }
            assertTrue(original != null, id + " is not in the realm file" + HINT);
            assertEquals(original.path("protocolMappers"), client.path("protocolMappers"), id + ": token mappers" + HINT);
        }
    }
}
