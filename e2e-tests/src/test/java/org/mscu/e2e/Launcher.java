package org.mscu.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The launcher that runs the platform under test ({@code bin/platform}, {@link Platform#launcher()}),
 * for the fault tests: {@code stop <component>} and {@code start <component>} (which waits until the
 * component is ready again), and a SIGKILL of a component's process.
 */
final class Launcher {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private Launcher() {
    }

    static void stop(String component) {
        run("stop", component);
    }

    static void start(String component) {
        run("start", component);
    }

    /** SIGKILL to a component's process (the launcher's pid file names it): no shutdown, nothing flushed. */
    static void kill(String component) {
        Path pidFile = Platform.launcher().getParent().getParent().resolve(".platform/pids/" + component + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
            process.destroyForcibly();
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.io.IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot kill " + component + " by " + pidFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + component, e);
        }
    }

    private static void run(String command, String component) {
        Path launcher = Platform.launcher();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher + ": set mscu.platform.launcher (or mscu.project.root)"
                    + " to the bin/platform that runs the platform under test");
        }
        Commands.Result result = Commands.run(launcher.getParent().getParent(), TIMEOUT, Map.of(),
                launcher.toString(), command, component);
        if (!result.succeeded()) {
            throw new IllegalStateException(result.describe());
        }
    }
}
