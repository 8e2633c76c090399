package org.mscu.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deployable module of the Maven build, as its configuration describes it: the port it listens on,
 * its database, its health endpoints and the environment variables it reads (its application.properties,
 * plus the shared microprofile-config.properties of platform-lib when it depends on that library).
 */
public record ServiceModule(String name, Path dir, Properties properties, int port, String database,
                            Set<String> readableEnv, Set<String> requiredEnv, String healthRoot) {

    /** Modules of the parent pom that are not deployed on their own, and why. */
    public static final Map<String, String> NOT_DEPLOYED = Map.of(
            "platform-lib", "the shared library, packaged inside every service",
            "deploy-checks", "these checks",
            "e2e-tests", "tests that drive the running platform",
            "tools/seed", "a command-line tool that fills a running platform with demo data through the gateway",
            "benchmarks/jmh", "micro-benchmarks, run by bin/platform bench");

    /**
     * Read by the SmallRye RabbitMQ connector through its global keys rabbitmq-host, rabbitmq-port,
     * rabbitmq-username and rabbitmq-password (the events work wires them for every service).
     */
    public static final Set<String> CONNECTOR_ENV = Set.of("RABBITMQ_HOST", "RABBITMQ_PORT", "RABBITMQ_USERNAME", "RABBITMQ_PASSWORD");

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern PORT = Pattern.compile("\\$\\{HTTP_PORT:(\\d+)}|^(\\d+)$");

    public static List<String> parentModules() {
        Matcher matcher = MODULE.matcher(Repo.read(Repo.path("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        return modules;
    }

    /** Every module of the parent pom that runs as a service or as the gateway. */
    public static List<String> deployableNames() {
        return parentModules().stream().filter(m -> !NOT_DEPLOYED.containsKey(m)).toList();
    }

    public static ServiceModule load(String name) {
        Path dir = Repo.path(name);
        Path own = dir.resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(own)) {
            throw new AssertionError(name + " is a module of the build but has no src/main/resources/application.properties;"
                    + " if it is not deployed, list it in ServiceModule.NOT_DEPLOYED");
        }
        List<String> texts = new ArrayList<>();
        if (dependsOnPlatformLib(dir)) {
            texts.add(Repo.read(Repo.path("platform-lib/src/main/resources/META-INF/microprofile-config.properties")));
        }
        texts.add(Repo.read(own));
        Properties properties = new Properties();
        Set<String> readable = new LinkedHashSet<>(CONNECTOR_ENV);
        Set<String> required = new LinkedHashSet<>();
        for (String text : texts) {
            Properties layer = new Properties();
            try {
                layer.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.putAll(layer);
            for (String key : layer.stringPropertyNames()) {
                String unprofiled = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
                readable.add(unprofiled.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
                if (key.startsWith("%test.") || key.startsWith("%dev.")) {
                    continue;
                }
                Matcher matcher = ENV_REF.matcher(layer.getProperty(key));
                while (matcher.find()) {
                    readable.add(matcher.group(1));
                    String fallback = matcher.group(2);
                    if (fallback == null || fallback.contains("localhost") || fallback.contains("127.0.0.1")) {
                        required.add(matcher.group(1));
                    }
                }
            }
        }
        String portValue = properties.getProperty("quarkus.http.port", "");
        Matcher port = PORT.matcher(portValue);
        if (!port.find()) {
            throw new AssertionError(name + ": quarkus.http.port must be ${HTTP_PORT:<port>} or a number, is '" + portValue + "'");
        }
        int httpPort = Integer.parseInt(port.group(1) != null ? port.group(1) : port.group(2));
        String health = "/" + strip(properties.getProperty("quarkus.http.non-application-root-path", "q"))
                + "/" + strip(properties.getProperty("quarkus.smallrye-health.root-path", "health"));
        return new ServiceModule(name, dir, properties, httpPort, properties.getProperty("mscu.db.name"),
                Set.copyOf(readable), Set.copyOf(required), health);
    }

    public String livePath() {
        return healthRoot + "/" + strip(properties.getProperty("quarkus.smallrye-health.liveness-path", "live"));
    }

    public String readyPath() {
        return healthRoot + "/" + strip(properties.getProperty("quarkus.smallrye-health.readiness-path", "ready"));
    }

    public String startedPath() {
        return healthRoot + "/" + strip(properties.getProperty("quarkus.smallrye-health.startup-path", "started"));
    }

    public String metricsPath() {
        return "/" + strip(properties.getProperty("quarkus.http.non-application-root-path", "q")) + "/"
                + strip(properties.getProperty("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static boolean dependsOnPlatformLib(Path dir) {
        String pom = Repo.read(dir.resolve("pom.xml")).replaceAll("\\s+", " ");
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>").matcher(pom);
        while (dependency.find()) {
            String body = dependency.group(1);
            if (body.contains("<artifactId>platform-lib</artifactId>") && !body.contains("test-jar") && !body.contains("<scope>test</scope>")) {
                return true;
            }
        }
        return false;
    }
}
