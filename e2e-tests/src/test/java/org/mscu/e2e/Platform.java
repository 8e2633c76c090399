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

    /** A second gateway instance sharing the first one's Redis ({@code bin/platform test} starts it as gateway-2). */
    public static String secondGateway() {
        return setting("mscu.gateway-2.url", "MSCU_GATEWAY_2_URL", "http://localhost:8090");
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

    /**
     * The second replica of a service ({@code bin/platform scale 2} runs it on the service's port + 1000),
     * reached directly.
     */
    public static String replica(Service service) {
        String property = "mscu." + service.audience() + "-2.url";
        String variable = service.audience().toUpperCase().replace('-', '_') + "_2_URL";
        return setting(property, variable, "http://localhost:" + (service.localPort() + 1000));
    }

    /**
     * A setting the launcher recorded when it started the platform under test ({@code .platform/mode}
     * beside it: {@code DB_SUFFIX}, {@code RABBITMQ_VHOST}, {@code REPLICAS}, the scheduled jobs' intervals set);
     * empty when it recorded none.
     */
    public static java.util.Optional<String> mode(String key) {
        java.nio.file.Path file = launcher().toAbsolutePath().getParent().getParent().resolve(".platform/mode");
        try {
            return java.nio.file.Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key + "="))
                    .map(line -> line.substring(key.length() + 1))
                    .filter(value -> !value.isBlank())
                    .findFirst();
        } catch (java.io.IOException noModeFile) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The project's root directory (its sources: policy documents, resource classes, the realm),
     * by default the parent of the e2e-tests module the tests run in.
     */
    public static java.nio.file.Path projectRoot() {
        return java.nio.file.Path.of(setting("mscu.project.root", "MSCU_PROJECT_ROOT", "..")).toAbsolutePath().normalize();
    }

    /**
     * The launcher that runs the platform under test ({@code bin/platform}), for tests that stop and
     * start a component; by default the project's own.
     */
    public static java.nio.file.Path launcher() {
        return java.nio.file.Path.of(setting("mscu.platform.launcher", "MSCU_PLATFORM_LAUNCHER",
                projectRoot().resolve("bin/platform").toString()));
    }

    /** The log of a component of the platform under test ({@code .platform/logs/<name>.log} beside its launcher). */
    public static java.nio.file.Path log(String component) {
        return launcher().toAbsolutePath().getParent().getParent().resolve(".platform/logs/" + component + ".log");
    }

    /** A setting: the system property, else the environment variable, else the fallback (trailing slashes removed). */
    static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
