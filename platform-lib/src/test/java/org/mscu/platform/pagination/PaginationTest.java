package org.mscu.platform.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class PaginationTest {

    private static JsonPath page(Persona persona, String query) {
        return as(persona).when().get("/api/v1/samples?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** Walks the whole list as the persona, creating a new sample between every two page fetches. */
    private static List<String> walkWhileInserting(Persona persona, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = "";
        do {
            JsonPath page = page(persona, "limit=" + limit + "&cursor=" + cursor);
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            Samples.create(persona, null);
        } while (cursor != null && seen.size() < 500);
        return seen;
    }

    @Test
    void walksEveryOriginalRowOnceWhileRowsAreInserted() {
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            original.add(Samples.create(Persona.CHARITY_HOTLINE, null));
        }

        List<String> seen = walkWhileInserting(Persona.CHARITY_HOTLINE, 2);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsSubsequence(original);
    }

    @Test
    void answersNullNextCursorOnTheLastPage() {
        Samples.create(Persona.GLAA_SYSTEM, null);
        as(Persona.GLAA_SYSTEM).when().get("/api/v1/samples?limit=200")
                .then().statusCode(200).body("nextCursor", equalTo(null));
    }

    @Test
    void rejectsLimitAboveMaximumNamingTheField() {
        as(Persona.COORDINATOR).when().get("/api/v1/samples?limit=201")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
    }

    @Test
    void rejectsZeroLimit() {
        as(Persona.COORDINATOR).when().get("/api/v1/samples?limit=0").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void rejectsForgedCursorNamingTheField() {
        as(Persona.COORDINATOR).when().get("/api/v1/samples?cursor=bm90LWEtY3Vyc29y")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        String wrongKeys = Cursor.of("yesterday", "someone").encode();
        as(Persona.COORDINATOR).when().get("/api/v1/samples?cursor=" + wrongKeys)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void roundTripsSortKeysThroughTheCursor() {
        java.time.Instant at = java.time.Instant.parse("2026-11-29T09:30:00.123456Z");
        java.util.UUID id = java.util.UUID.randomUUID();
        Cursor cursor = Cursor.decode(Cursor.of(at, id, 42).encode());
        assertThat(cursor.instant(0)).isEqualTo(at);
        assertThat(cursor.uuid(1)).isEqualTo(id);
        assertThat(cursor.number(2)).isEqualTo(42);
    }
}
