package org.mscu.deploy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docker-compose.yml is valid and follows the platform's rules. */
class ComposeFileTest {

    static final Path COMPOSE = Repo.path("docker-compose.yml");

    @Test
    void composeFileMatchesTheComposeSpecificationAndThePlatformRules() {
        assertEquals(List.of(), ComposeCheck.check(Repo.yaml(COMPOSE)));
    }

    @Test
    void dockerComposeAcceptsTheComposeFile() {
        var problems = ComposeCheck.dockerComposeConfig(COMPOSE);
        Assumptions.assumeTrue(problems.isPresent(),
                "docker-compose (Debian package) is not installed; the schema check above still ran");
        assertEquals(List.of(), problems.get());
    }
}
