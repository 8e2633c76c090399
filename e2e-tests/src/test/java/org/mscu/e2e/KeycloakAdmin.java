package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The admin REST API of the development Keycloak (bootstrap admin {@code admin} / {@code admin-dev},
 * docs/running-locally.md), for attacks that need Keycloak to issue something the seeded realm does
 * not: a token that expires within seconds, a token of a realm the platform does not trust, a token
 * signed by a realm key whose private half the test holds. Whatever a test creates here it deletes again.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** Keycloak's base URL ({@code http://localhost:8180}), from the realm URL. */
    static String base() {
        String realm = Platform.realm();
        return realm.substring(0, realm.indexOf("/realms/"));
    }

    /** Creates a confidential client with a service account in realm {@code mscu}; answers its internal id. */
    static String createClient(Map<String, Object> client) {
        Response response = admin().body(client).post(base() + "/admin/realms/" + realmName() + "/clients");
        expect(response, 201, "create client " + client.get("clientId"));
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static void deleteClient(String internalId) {
        expect(admin().delete(base() + "/admin/realms/" + realmName() + "/clients/" + internalId), 204, "delete client");
    }

    static void createRealm(Map<String, Object> realm) {
        expect(admin().body(realm).post(base() + "/admin/realms"), 201, "create realm " + realm.get("realm"));
    }

    static void deleteRealm(String realm) {
        expect(admin().delete(base() + "/admin/realms/" + realm), 204, "delete realm " + realm);
    }

    /**
     * Registers an RSA key pair with realm {@code mscu} as a key provider of priority {@code priority}
     * (Keycloak signs with the active key of highest priority, so a low one leaves its own key in use;
     * the realm publishes the public key in its JWKS all the same); answers the provider's component id.
     */
    static String addRealmKey(String name, KeyPair key, long priority) {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----";
        Map<String, Object> component = Map.of("name", name, "providerId", "rsa",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId(),
                "config", Map.of("priority", List.of(Long.toString(priority)), "enabled", List.of("true"),
                        "active", List.of("true"), "algorithm", List.of("RS256"), "privateKey", List.of(pem)));
        Response response = admin().body(component).post(realmAdmin() + "/components");
        expect(response, 201, "add key provider " + name);
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static void deleteComponent(String id) {
        expect(admin().delete(realmAdmin() + "/components/" + id), 204, "delete component");
    }

    /** The key id ({@code kid}) of the key a key provider component holds. */
    static String keyIdOf(String componentId) {
        String kid = keys().getString("keys.find { it.providerId == '" + componentId + "' }.kid");
        if (kid == null) {
            throw new IllegalStateException("Keycloak admin: no key of provider " + componentId + " in the realm's keys");
        }
        return kid;
    }

    /** The key id Keycloak signs the realm's RS256 tokens with now. */
    static String activeSigningKeyId() {
        return keys().getString("active.RS256");
    }

    private static io.restassured.path.json.JsonPath keys() {
        Response response = admin().get(realmAdmin() + "/keys");
        expect(response, 200, "read the realm's keys");
        return response.jsonPath();
    }

    private static String realmId() {
        Response response = admin().get(realmAdmin());
        expect(response, 200, "read the realm");
        return response.jsonPath().getString("id");
    }

    private static String realmAdmin() {
        return base() + "/admin/realms/" + realmName();
    }

    /** A mapper putting {@code audience} into the access token's {@code aud}. */
    static Map<String, Object> audienceMapper(String audience) {
        return Map.of("name", "audience-" + audience, "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", audience, "access.token.claim", "true"));
    }

    /** Audience mappers for all four services. */
    static List<Map<String, Object>> serviceAudiences() {
        return java.util.Arrays.stream(Service.values()).map(service -> audienceMapper(service.audience())).toList();
    }

    private static String realmName() {
        String realm = Platform.realm();
        return realm.substring(realm.lastIndexOf('/') + 1);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        Response token = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", setting("mscu.keycloak.admin.username", "admin"))
                .formParam("password", setting("mscu.keycloak.admin.password", "admin-dev"))
                .post(base() + "/realms/master/protocol/openid-connect/token");
        expect(token, 200, "log in as Keycloak's admin");
        return given().header("Authorization", "Bearer " + token.jsonPath().getString("access_token")).contentType(ContentType.JSON);
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak admin: " + what + " answered " + response.statusCode() + " " + response.asString());
        }
    }
}
