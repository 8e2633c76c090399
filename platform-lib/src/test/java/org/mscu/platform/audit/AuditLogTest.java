package org.mscu.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.sample.SampleService;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class AuditLogTest {

    private static JsonPath entriesOf(String id) {
        return as(Persona.AUDITOR).when().get("/api/v1/audit/platform?resourceId=" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void logsCollectionWithCallerAndGrantingRule() {
        String id = Samples.create(Persona.DWP_REFERRER, null);

        JsonPath entries = entriesOf(id);

        assertThat(entries.getList("items.operation")).containsExactly("COLLECTION");
        assertThat(entries.getString("items[0].resourceType")).isEqualTo("sample");
        assertThat(entries.getString("items[0].username")).isEqualTo("dwp.referrer");
        assertThat(entries.getString("items[0].agency")).isEqualTo("dwp");
        assertThat(entries.getList("items[0].roles")).containsExactly("referrer");
        assertThat(entries.getString("items[0].clientId")).isEqualTo("mscu-cli");
        assertThat(entries.getString("items[0].subject")).isEqualTo(Persona.DWP_REFERRER.subject());
        assertThat(entries.getString("items[0].justification")).isEqualTo("referrer-own-samples");
        assertThat(entries.getString("items[0].traceId")).isNotBlank();
    }

    @Test
    void logsConsultationWithTheAccessPurposeWhenGivenSanitised() {
        String id = Samples.create(Persona.COORDINATOR, "dwp");
        as(Persona.DWP_REFERRER).header("X-Access-Purpose", "Safeguarding\tcheck " + "x".repeat(300))
                .when().get("/api/v1/samples/" + id).then().statusCode(200);

        JsonPath entries = entriesOf(id);

        assertThat(entries.getList("items.operation")).containsExactly("CONSULTATION", "COLLECTION");
        assertThat(entries.getString("items[0].justification")).startsWith("Safeguarding check xxx").hasSize(200);
        assertThat(entries.getString("items[1].justification")).isEqualTo("coordinator-works-samples");
    }

    @Test
    void logsAlterationWithDetail() {
        String id = Samples.create(Persona.COORDINATOR, null);
        as(Persona.COORDINATOR).contentType(ContentType.JSON).body(Map.of("name", "Renamed"))
                .when().put("/api/v1/samples/" + id).then().statusCode(200);
        JsonPath entries = entriesOf(id);
        assertThat(entries.getString("items[0].operation")).isEqualTo("ALTERATION");
        assertThat(entries.getString("items[0].detail")).isEqualTo("renamed");
    }

    @Test
    void leavesNoEntryWhenTheChangeRollsBack() throws SQLException {
        String before = Database.scalar("SELECT count(*) FROM audit_entry");
        Map<String, Object> body = Samples.body();
        body.put("name", SampleService.FAIL_AFTER_WRITE);
        as(Persona.COORDINATOR).contentType(ContentType.JSON).body(body).when().post("/api/v1/samples")
                .then().statusCode(409);
        assertThat(Database.scalar("SELECT count(*) FROM sample WHERE name = ?", SampleService.FAIL_AFTER_WRITE)).isEqualTo("0");
        assertThat(Database.scalar("SELECT count(*) FROM audit_entry")).isEqualTo(before);
    }

    @Test
    void refusesUpdateOfAnEntryToTheAppRole() {
        Samples.create(Persona.COORDINATOR, null);
        assertThatThrownBy(() -> Database.update(Database.APP_ROLE, "UPDATE audit_entry SET justification = 'forged'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void refusesDeleteAndTruncateToTheAppRole() {
        Samples.create(Persona.COORDINATOR, null);
        assertThatThrownBy(() -> Database.update(Database.APP_ROLE, "DELETE FROM audit_entry"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> Database.update(Database.APP_ROLE, "TRUNCATE audit_entry"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void refusesUpdateEvenToTheOwnerThroughTheTrigger() {
        Samples.create(Persona.COORDINATOR, null);
        assertThatThrownBy(() -> Database.update("platform_owner", "UPDATE audit_entry SET detail = 'x'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void verifiesAnIntactChain() {
        Samples.create(Persona.COORDINATOR, null);
        as(Persona.AUDITOR).when().get("/api/v1/audit/platform/verify")
                .then().statusCode(200).body("intact", equalTo(true)).body("firstBroken", nullValue())
                .body("service", equalTo("platform"));
    }

    @Test
    void namesTheTamperedEntry() throws SQLException {
        String id = Samples.create(Persona.COORDINATOR, null);
        Samples.create(Persona.COORDINATOR, null);
        String seq = Database.scalar("SELECT seq FROM audit_entry WHERE resource_id = ?", id);
        tamper("UPDATE audit_entry SET caller_username = 'someone-else' WHERE resource_id = '" + id + "'");
        try {
            as(Persona.AUDITOR).when().get("/api/v1/audit/platform/verify")
                    .then().statusCode(200).body("intact", equalTo(false))
                    .body("firstBroken.seq", equalTo(Integer.parseInt(seq)))
                    .body("firstBroken.reason", equalTo("content does not match its hash"));
        } finally {
            tamper("UPDATE audit_entry SET caller_username = 'coordinator' WHERE resource_id = '" + id + "'");
        }
        as(Persona.AUDITOR).when().get("/api/v1/audit/platform/verify").then().body("intact", equalTo(true));
    }

    @Test
    void chainsConcurrentAppendsLinearly() {
        List<Persona> writers = List.of(Persona.COORDINATOR, Persona.DWP_REFERRER, Persona.CHARITY_HOTLINE,
                Persona.LA_CASE_SYSTEM, Persona.GLAA_SYSTEM, Persona.DWP_SYSTEM);
        writers.parallelStream().forEach(persona -> {
            for (int i = 0; i < 3; i++) {
                Samples.create(persona, null);
            }
        });
        as(Persona.AUDITOR).when().get("/api/v1/audit/platform/verify").then().body("intact", equalTo(true));
    }

    @Test
    void pagesEntriesNewestFirst() {
        String id = Samples.create(Persona.COORDINATOR, null);
        for (int i = 0; i < 3; i++) {
            as(Persona.COORDINATOR).when().get("/api/v1/samples/" + id).then().statusCode(200);
        }
        JsonPath first = as(Persona.AUDITOR).when().get("/api/v1/audit/platform?limit=3&resourceId=" + id)
                .then().statusCode(200).body("items", hasSize(3)).body("nextCursor", notNullValue()).extract().jsonPath();
        as(Persona.AUDITOR).when().get("/api/v1/audit/platform?limit=3&resourceId=" + id + "&cursor=" + first.getString("nextCursor"))
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].operation", equalTo("COLLECTION"))
                .body("nextCursor", nullValue());
    }

    @Test
    void answersNotFoundForAnotherServicesLog() {
        as(Persona.AUDITOR).when().get("/api/v1/audit/referrals").then().statusCode(404)
                .contentType("application/problem+json");
        as(Persona.AUDITOR).when().get("/api/v1/audit/referrals/verify").then().statusCode(404);
    }

    @Test
    void forbidsTheLogToOtherRoles() {
        as(Persona.COORDINATOR).when().get("/api/v1/audit/platform").then().statusCode(403);
        as(Persona.COORDINATOR).when().get("/api/v1/audit/platform/verify").then().statusCode(403);
    }

    /** Changes audit rows the way only a database superuser could: with the triggers switched off. */
    private static void tamper(String sql) throws SQLException {
        try (Connection connection = Database.as(Database.SUPERUSER); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.executeUpdate(sql);
        }
    }
}
