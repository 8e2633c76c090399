package org.mscu.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The npm tools of {@code tools/openapi} (Spectral with the OWASP ruleset, openapi-typescript, tsc),
 * pinned by its package-lock.json. {@code npm ci} runs once per version of the lock file: a marker
 * in node_modules remembers the lock file it was installed from.
 */
final class OpenApiTools {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final String MARKER = "node_modules/.mscu-installed-from";
    private static final Map<String, String> ENVIRONMENT = Map.of("npm_config_update_notifier", "false", "DO_NOT_TRACK", "1");

    private OpenApiTools() {
    }

    static Path directory() {
        return Platform.projectRoot().resolve("tools/openapi");
    }

    /** Installs the pinned tools unless node_modules already holds this lock file's versions. */
    static synchronized void install() {
        Path lock = directory().resolve("package-lock.json");
        String wanted = sha256(lock);
        Path marker = directory().resolve(MARKER);
        if (Files.isRegularFile(marker) && wanted.equals(read(marker))) {
            return;
        }
        Commands.Result installed = Commands.run(directory(), INSTALL_TIMEOUT, ENVIRONMENT, "npm", "ci");
        assertTrue(installed.succeeded(), "npm ci in " + directory() + " (Node.js 20.17+ with npm is needed): " + installed.describe());
        write(marker, wanted);
    }

    /** {@code npm run <script> -- <arguments>} in the tools' directory. */
    static Commands.Result run(String script, String... arguments) {
        String[] command = Stream.concat(Stream.of("npm", "run", "--silent", script, "--"), Stream.of(arguments)).toArray(String[]::new);
        return Commands.run(directory(), RUN_TIMEOUT, ENVIRONMENT, command);
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
