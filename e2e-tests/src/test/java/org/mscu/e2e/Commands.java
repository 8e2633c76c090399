package org.mscu.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command of this machine (the platform's launcher, npm) and hands back its exit code and output. */
final class Commands {

    /** How a command ended: its exit code and what it wrote (standard output and error together). */
    record Result(List<String> command, int exitCode, String output) {

        boolean succeeded() {
            return exitCode == 0;
        }

        /** For assertion messages: the command, its exit code and the end of its output. */
        String describe() {
            String tail = output.length() > 4000 ? "…" + output.substring(output.length() - 4000) : output;
            return String.join(" ", command) + " exited with " + exitCode + ":\n" + tail;
        }
    }

    private Commands() {
    }

    /** Runs {@code command} in {@code directory} with extra environment variables; killed after {@code timeout}. */
    static Result run(Path directory, Duration timeout, Map<String, String> environment, String... command) {
        File output = null;
        try {
            output = File.createTempFile("mscu-e2e-command", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout + ":\n"
                        + Files.readString(output.toPath(), StandardCharsets.UTF_8));
            }
            return new Result(List.of(command), process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command) + " in " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } finally {
            if (output != null) {
                output.delete();
            }
        }
    }
}
