package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second realm in the same Keycloak, created for the token attacks and deleted after them: its
 * client's tokens claim everything a coordinator of the unit has (agency {@code gmp}, role
 * {@code coordinator}, every service as audience) but come from an issuer, and a key, the platform
 * does not trust.
 */
final class OtherRealm {

    private static final String CLIENT = "intruder";
    private static String name;
    private static String token;

    private OtherRealm() {
    }

    /** A fresh token of the other realm's client (the realm is created on first use). */
    static synchronized String coordinatorToken() {
        if (name == null) {
            name = "e2e-other-" + Gateway.unique();
            KeycloakAdmin.createRealm(realm(name));
        }
        if (token == null) {
            Response response = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("grant_type", "client_credentials").formParam("client_id", CLIENT)
                    .formParam("client_secret", CLIENT + "-secret")
                    .post(KeycloakAdmin.base() + "/realms/" + name + "/protocol/openid-connect/token");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the other realm refused a token: " + response.asString());
            }
            token = response.jsonPath().getString("access_token");
            var claims = ForgedTokens.claims(token);
            if (!"gmp".equals(claims.path("agency").asText()) || !claims.path("realm_access").path("roles").toString().contains("coordinator")) {
                throw new IllegalStateException("the other realm's token does not claim the unit's coordinator: " + claims);
            }
        }
        return token;
    }

    static synchronized void delete() {
        if (name != null) {
            KeycloakAdmin.deleteRealm(name);
            name = null;
            token = null;
        }
    }

    private static Map<String, Object> realm(String name) {
        List<Map<String, Object>> mappers = new ArrayList<>(KeycloakAdmin.serviceAudiences());
        mappers.add(Map.of("name", "agency", "protocol", "openid-connect", "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config", Map.of("user.attribute", "agency", "claim.name", "agency", "jsonType.label", "String",
                        "access.token.claim", "true")));
        return Map.of("realm", name, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "coordinator"))),
                "clients", List.of(Map.of("clientId", CLIENT, "secret", CLIENT + "-secret", "enabled", true,
                        "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                        "protocolMappers", mappers)),
                "users", List.of(Map.of("username", "service-account-" + CLIENT, "enabled", true, "serviceAccountClientId", CLIENT,
                        "attributes", Map.of("agency", List.of("gmp")), "realmRoles", List.of("coordinator"))));
    }
}
