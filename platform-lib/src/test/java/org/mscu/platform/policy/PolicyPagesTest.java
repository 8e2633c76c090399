package org.mscu.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mscu.platform.testing.PolicyPages;

class PolicyPagesTest {

    @TempDir
    Path docs;

    @AfterEach
    void stopWriting() {
        System.clearProperty(PolicyPages.WRITE_PROPERTY);
    }

    @Test
    void rendersTablesPerResourceDenyRulesAndFieldSets() {
        String page = PolicyMarkdown.render(PolicyLoader.fromClasspath());
        assertThat(page).contains("# Access policy: platform", "## Resource `sample`", "## Resource `audit`",
                "| `coordinator-works-samples` | `gmp` | `coordinator` | `create`, `read`, `update`, `list`, `archive` | `any` | `all` |",
                "| `immigration-never-sees-samples` | `immigration-enforcement` | any | `*` | all |",
                "| `summary` | `secret`, `owner.phone`, `contacts.phone` |");
    }

    @Test
    void failsOnStalePage() throws Exception {
        Path page = docs.resolve("platform.md");
        Files.writeString(page, PolicyMarkdown.render(PolicyLoader.fromClasspath()).replace("`archive`", ""));
        assertThatThrownBy(() -> PolicyPages.assertCurrent(page)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("stale");
    }

    @Test
    void failsOnMissingPage() {
        assertThatThrownBy(() -> PolicyPages.assertCurrent(docs.resolve("missing.md")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("missing");
    }

    @Test
    void rewritesPageWhenAskedAndThenPasses() throws Exception {
        Path page = docs.resolve("policies/platform.md");
        System.setProperty(PolicyPages.WRITE_PROPERTY, "true");
        PolicyPages.assertCurrent(page);
        System.clearProperty(PolicyPages.WRITE_PROPERTY);

        PolicyPages.assertCurrent(page);
        assertThat(Files.readString(page)).isEqualTo(PolicyMarkdown.render(PolicyLoader.fromClasspath()));
    }
}
