package org.mscu.seed;

import java.time.Clock;

/**
 * Where the platform is: the gateway every call goes through and the Keycloak realm tokens come from.
 * Each comes from a system property, else an environment variable, else the local default of
 * {@code bin/platform up} (the same names the end-to-end tests use).
 */
public record Settings(String gateway, String realm, Clock clock) {

    public static Settings fromEnvironment() {
        return new Settings(setting("mscu.gateway.url", "MSCU_GATEWAY_URL", "http://localhost:8080"),
                setting("mscu.keycloak.realm-url", "MSCU_KEYCLOAK_REALM_URL", "http://localhost:8180/realms/mscu"),
                Clock.systemUTC());
    }

    public String tokenEndpoint() {
        return realm + "/protocol/openid-connect/token";
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
