package org.mscu.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The guides' examples run against the platform, so the guides cannot go stale: every fenced block
 * marked {@code ```bash runnable} of a guide, in order, in one {@code bash -euo pipefail} session (each
 * block asserts its own result with {@code curl -f}, {@code test} or {@code jq -e}). The guides read the
 * gateway and realm addresses from {@code API} and {@code REALM}, set here from {@link Platform}.
 */
class GuideExamplesIT {

    private static final String OPENING = "```bash runnable";
    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void frontendGuideExamplesRunAsWritten() throws Exception {
        run("docs/frontend-guide.md");
    }

    @Test
    void partnerIntegrationGuideExamplesRunAsWritten() throws Exception {
        run("docs/partner-integration.md");
    }

    private static void run(String guide) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(Platform.projectRoot().resolve(guide), StandardCharsets.UTF_8);
        StringBuilder script = new StringBuilder();
        int blocks = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals(OPENING)) {
                continue;
            }
            blocks++;
            script.append("echo '>>> ").append(guide).append(": block ").append(blocks).append(", line ").append(i + 1)
                    .append("' >&2\n");
            for (i++; !lines.get(i).strip().equals("```"); i++) {
                script.append(lines.get(i)).append('\n');
            }
        }
        assertTrue(blocks > 3, guide + " has runnable examples");

        Path directory = Files.createTempDirectory("guide-");
        Path output = directory.resolve("output.txt");
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script.toString())
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        bash.environment().put("API", Platform.gateway());
        bash.environment().put("REALM", Platform.realm());
        Process process = bash.start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        assertFalse(!finished, () -> guide + ": examples did not finish in " + TIMEOUT_SECONDS + " s\n" + tail(printed));
        assertEquals(0, process.exitValue(), () -> guide + ": an example failed (the last block named below)\n" + tail(printed));
        assertTrue(printed.contains("block " + blocks + ","), () -> guide + ": not every block ran\n" + tail(printed));
    }

    private static String tail(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
