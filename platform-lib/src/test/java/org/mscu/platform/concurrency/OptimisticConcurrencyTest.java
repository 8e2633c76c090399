package org.mscu.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OptimisticConcurrencyTest {

    private static String rename(String id, String ifMatch, String name, int status) {
        var request = as(Persona.COORDINATOR).contentType(ContentType.JSON).body(Map.of("name", name));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/samples/" + id).then().statusCode(status).extract().asString();
    }

    @Test
    void answersGetWithStrongETagOfTheVersion() {
        String id = Samples.create(Persona.COORDINATOR, null);
        as(Persona.COORDINATOR).when().get("/api/v1/samples/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0));
    }

    @Test
    void carriesETagOnRedactedBodiesToo() {
        String id = Samples.create(Persona.COORDINATOR, "dwp");
        as(Persona.DWP_REFERRER).when().get("/api/v1/samples/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void appliesChangeWhenIfMatchIsCurrent() {
        String id = Samples.create(Persona.COORDINATOR, null);
        rename(id, "\"0\"", "Renamed", 200);
        as(Persona.COORDINATOR).when().get("/api/v1/samples/" + id)
                .then().header("ETag", "\"1\"").body("name", equalTo("Renamed"));
    }

    @Test
    void rejectsStaleIfMatchAndChangesNothing() {
        String id = Samples.create(Persona.COORDINATOR, null);
        rename(id, "\"0\"", "First", 200);

        String problem = rename(id, "\"0\"", "Second", 412);

        assertThat(problem).contains("\"code\":\"STALE_VERSION\"");
        as(Persona.COORDINATOR).when().get("/api/v1/samples/" + id)
                .then().header("ETag", "\"1\"").body("name", equalTo("First")).body("version", equalTo(1));
    }

    @Test
    void answersStaleIfMatchAsProblemJson() {
        String id = Samples.create(Persona.COORDINATOR, null);
        as(Persona.COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("name", "x"))
                .when().put("/api/v1/samples/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
    }

    @Test
    void acceptsWildcardAndAbsentIfMatch() {
        String id = Samples.create(Persona.COORDINATOR, null);
        rename(id, "*", "Wildcard", 200);
        rename(id, null, "Unconditional", 200);
    }

    @Test
    void matchesAnyTagOfAList() {
        assertThat(org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> {
            Preconditions.requireMatch("\"3\", \"5\"", 5);
            return true;
        })).isTrue();
    }
}
