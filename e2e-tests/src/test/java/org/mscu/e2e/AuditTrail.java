package org.mscu.e2e;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's audit log read as the auditor. Every change a service makes is audited in the same
 * transaction, with the trace id of the request that made it: the entries written since a point carry
 * the trace ids of the requests that changed (or read) something.
 */
final class AuditTrail {

    private static final int PAGE = 200;
    private static final int MAX_PAGES = 500;

    private AuditTrail() {
    }

    /** The sequence number of the newest entry of a service's log ({@code service} as its policy names it). */
    static long newest(String service) {
        JsonPath page = Fixtures.call(Tokens.bearer(Persona.AUDITOR), "GET", "/api/v1/audit/" + service + "?limit=1", null, 200);
        Long seq = page.getLong("items[0].seq");
        return seq == null ? 0 : seq;
    }

    /**
     * The entries written after {@code seq}, newest first; empty when more than
     * {@value #PAGE} × {@value #MAX_PAGES} were written since (others use the platform too heavily to tell).
     */
    static java.util.Optional<List<Map<String, Object>>> since(String service, long seq) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            String path = "/api/v1/audit/" + service + "?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath page = Fixtures.call(Tokens.bearer(Persona.AUDITOR), "GET", path, null, 200);
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (((Number) item.get("seq")).longValue() <= seq) {
                    return java.util.Optional.of(entries);
                }
                entries.add(item);
            }
            cursor = page.getString("nextCursor");
            if (cursor == null) {
                return java.util.Optional.of(entries);
            }
        }
        return java.util.Optional.empty();
    }
}
