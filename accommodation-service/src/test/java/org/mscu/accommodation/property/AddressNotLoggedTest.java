package org.mscu.accommodation.property;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

/** Safe-house addresses are restricted data: no log line carries one, on success or on error. */
@QuarkusTest
class AddressNotLoggedTest {

    private static final String ADDRESS = "99 Hidden Yard, Testtown TT8 8HY";

    @jakarta.inject.Inject
    org.mscu.accommodation.support.Db db;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(' ').append(t.getMessage());
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void noLogLineCarriesAnAddress() {
        CreatedProperty property = Fixtures.property().address(ADDRESS).create();
        Api.as(Persona.COORDINATOR).get("/api/v1/properties/" + property.id()).then().statusCode(200);
        Map<String, Object> invalid = new java.util.LinkedHashMap<>(Fixtures.property().address(ADDRESS).body());
        invalid.put("name", "");
        Api.as(Persona.HOUSING_OFFICER).body(invalid).post("/api/v1/properties").then().statusCode(400);
        invalid.put("address", ADDRESS + " ".repeat(600));
        Api.as(Persona.HOUSING_OFFICER).body(invalid).post("/api/v1/properties").then().statusCode(400);
        Map<String, Object> update = new java.util.LinkedHashMap<>(Fixtures.property().address(ADDRESS).body());
        update.remove("beds");
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"5\"").body(update).put("/api/v1/properties/" + property.id())
                .then().statusCode(412);
        Api.as(Persona.IMMIGRATION_OFFICER).get("/api/v1/properties/" + property.id()).then().statusCode(403);

        assertTrue(lines.stream().noneMatch(line -> line.contains("Hidden Yard")),
                () -> "a log line carries the address: " + lines.stream().filter(l -> l.contains("Hidden Yard")).toList());
    }

    @Test
    void databaseErrorsDoNotCarryTheRowTheyRejected() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> db.execute(
                "INSERT INTO property (id, name, provider, district, address, type, created_by_agency, created_at)"
                        + " VALUES (gen_random_uuid(), 'x', 'x', 'x', ?, 'CASTLE', 'x', now())", ADDRESS));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("property_type_check"), messages::toString);
        assertTrue(!messages.toString().contains("Hidden Yard"), messages::toString);
    }
}
