package org.mscu.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes what the access matrix did to {@code target/reliability/access-matrix.md}: one row per
 * endpoint (and fixture variant), one column per identity, each cell the status answered (marked when
 * it differs from the policy's), then every mismatch in full. The reliability report includes it.
 */
final class MatrixReport {

    private MatrixReport() {
    }

    static Path write(List<AccessMatrix.Cell> cells, List<RealmIdentity> identities) {
        StringBuilder out = new StringBuilder();
        Map<Integer, Long> byStatus = new TreeMap<>(cells.stream().collect(Collectors.groupingBy(AccessMatrix.Cell::actual, Collectors.counting())));
        long failed = cells.stream().filter(cell -> !cell.passed()).count();
        out.append("# Access matrix\n\n")
                .append("Run ").append(Instant.now()).append(" through ").append(Platform.gateway()).append(": ")
                .append(cells.size()).append(" calls, ").append(failed).append(" not as the policy documents say. Statuses: ")
                .append(byStatus.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining(", ")))
                .append(".\n\nEach cell is the status answered; `!` marks a cell that differs from the expectation.\n\n");
        out.append("| endpoint |");
        identities.forEach(identity -> out.append(' ').append(identity.login()).append(" |"));
        out.append("\n|---|");
        identities.forEach(identity -> out.append("---|"));
        out.append('\n');
        Map<String, Map<String, AccessMatrix.Cell>> rows = new LinkedHashMap<>();
        cells.forEach(cell -> rows.computeIfAbsent(cell.scenario().service().audience() + " " + cell.scenario(), key -> new LinkedHashMap<>())
                .put(cell.identity().login(), cell));
        rows.forEach((row, byIdentity) -> {
            out.append("| `").append(row).append("` |");
            identities.forEach(identity -> {
                AccessMatrix.Cell cell = byIdentity.get(identity.login());
                out.append(' ').append(cell == null ? "" : cell.actual() + (cell.passed() ? "" : "!")).append(" |");
            });
            out.append('\n');
        });
        if (failed > 0) {
            out.append("\n## Mismatches\n\n");
            cells.stream().filter(cell -> !cell.passed()).forEach(cell -> out.append("- ").append(cell.describe()).append('\n'));
        }
        Path file = Path.of("target", "reliability", "access-matrix.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
