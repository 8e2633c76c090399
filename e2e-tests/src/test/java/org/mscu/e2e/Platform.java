package org.mscu.e2e;

/**
 * Where the running platform is. Each address comes from a system property, else an environment
 * variable, else the local default that {@code bin/platform up} uses.
 */
public final class Platform {

    private Platform() {
    }

    public static String gateway() {
        return setting("mscu.gateway.url", "MSCU_GATEWAY_URL", "http://localhost:8080");
    }

    /** The realm's base URL, which is also the issuer of its tokens. */
    public static String realm() {
        return setting("mscu.keycloak.realm-url", "MSCU_KEYCLOAK_REALM_URL", "http://localhost:8180/realms/mscu");
    }

    public static String tokenEndpoint() {
        return realm() + "/protocol/openid-connect/token";
    }

    public static String jwks() {
        return realm() + "/protocol/openid-connect/certs";
    }

    /** The address of one service, reached directly (without the gateway). */
    public static String direct(Service service) {
        String property = "mscu." + service.audience() + ".url";
        String variable = service.audience().toUpperCase().replace('-', '_') + "_URL";
        return setting(property, variable, "http://localhost:" + service.localPort());
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
