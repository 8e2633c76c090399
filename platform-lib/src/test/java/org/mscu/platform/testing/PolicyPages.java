package org.mscu.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mscu.platform.policy.PolicyDocument;
import org.mscu.platform.policy.PolicyLoader;
import org.mscu.platform.policy.PolicyMarkdown;

/**
 * Keeps a service's policy page ({@code docs/policies/<service>.md}) equal to its rendering:
 * {@link #assertCurrent(Path)} fails when the page is missing or stale, and rewrites it instead
 * when the build runs with {@code -Dmscu.policy.write-docs=true}.
 */
public final class PolicyPages {

    public static final String WRITE_PROPERTY = "mscu.policy.write-docs";

    private PolicyPages() {
    }

    /** Checks the page against the service's own {@code policy.yaml}. */
    public static void assertCurrent(Path pageFile) {
        assertCurrent(PolicyLoader.fromClasspath(), pageFile);
    }

    public static void assertCurrent(PolicyDocument document, Path pageFile) {
        String rendered = PolicyMarkdown.render(document);
        try {
            if (Boolean.getBoolean(WRITE_PROPERTY)) {
                Files.createDirectories(pageFile.toAbsolutePath().getParent());
                Files.writeString(pageFile, rendered, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(pageFile)) {
                throw new AssertionError("Policy page " + pageFile + " is missing; write it with -D" + WRITE_PROPERTY + "=true");
            }
            if (!Files.readString(pageFile, StandardCharsets.UTF_8).equals(rendered)) {
                throw new AssertionError("Policy page " + pageFile + " is stale: it differs from policy.yaml; "
                        + "regenerate it with -D" + WRITE_PROPERTY + "=true and review the diff");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + pageFile, e);
        }
    }
}
