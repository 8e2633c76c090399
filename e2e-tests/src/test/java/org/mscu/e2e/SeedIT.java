package org.mscu.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mscu.seed.Seeder;
import org.mscu.seed.Settings;
import org.mscu.seed.Summary;

/**
 * {@code bin/platform seed} against the running platform: twice in a row, the same totals, and the second
 * run creates nothing (at whatever hour it runs: the rota's week is anchored on the first run); what the
 * summary says each persona sees is what the API answered them.
 */
class SeedIT {

    @Test
    void seedsTheDemoWorldAndASecondRunCreatesNothing() {
        Settings settings = new Settings(Platform.gateway(), Platform.realm(), Clock.systemUTC());
        Summary first = new Seeder(settings, System.out).run();
        Summary second = new Seeder(settings, System.out).run();

        assertEquals(expectedTotals(), first.totals(), first.render());
        assertEquals(first.totals(), second.totals(), second.render());
        assertEquals(0, second.created(), second.render());
    }

    @Test
    void theDemoWorldShowsEachPersonaWhatTheAccessPolicyAllows() {
        Summary summary = new Seeder(new Settings(Platform.gateway(), Platform.realm(), Clock.systemUTC()), System.out).run();
        List<String> views = summary.views();

        assertView(views, "registrar", "50 referrals, 0 narratives");
        // three referrals are overdue from the start; four more become so as their deadlines pass
        Matcher overdue = Pattern.compile("OVERDUE=(\\d+)").matcher(view(views, "registrar"));
        assertTrue(overdue.find() && Integer.parseInt(overdue.group(1)) >= 3, view(views, "registrar"));
        assertView(views, "la-case-system", "8 own referrals, 1 shared in full, 1 shared as a summary");
        assertView(views, "charity-hotline", "9 own referrals, 0 shared in full, 1 shared as a summary");
        assertView(views, "ta.one", "rota gaps in the seeded week: ");
        assertTrue(view(views, "ta.one").matches(".*gaps in the seeded week: \\S+T02:00:00Z to \\S+T08:00:00Z$"), view(views, "ta.one"));
        // at least their seeded caseload: other end-to-end tests assign these officers to victims of their own
        assertAtLeast(views, "vlo.one", "(\\d+) of 20 victims", 4);
        assertAtLeast(views, "vlo.two", "(\\d+) of 20 victims", 3);
        assertView(views, "glaa-system", "5 of 6 orders");
        assertView(views, "probation.officer", "5 of 6 orders");
        assertView(views, "immigration.officer", "accommodation: HTTP 403");
        assertView(views, "auditor", "a referral: HTTP 403, its history: HTTP 200");
    }

    private static void assertAtLeast(List<String> views, String persona, String pattern, int least) {
        Matcher count = Pattern.compile(pattern).matcher(view(views, persona));
        assertTrue(count.find() && Integer.parseInt(count.group(1)) >= least, () -> view(views, persona));
    }

    private static Map<String, Integer> expectedTotals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("referrals", 50);
        totals.put("triage decisions", 27);
        totals.put("crime-recording decisions", 43);
        totals.put("NRM steps", 27);
        totals.put("shares", 7);
        totals.put("liaison officers", 6);
        totals.put("victims", 20);
        totals.put("liaison assignments", 17);
        totals.put("tactical advisors", 3);
        totals.put("rota shifts", 14);
        totals.put("orders", 6);
        totals.put("order decisions and notices", 8);
        totals.put("breaches", 1);
        totals.put("risk-order opportunities", 3);
        totals.put("opportunity assessments", 2);
        totals.put("properties", 5);
        totals.put("beds", 14);
        totals.put("placements", 6);
        return totals;
    }

    private static void assertView(List<String> views, String persona, String expected) {
        String view = view(views, persona);
        assertTrue(view.contains(expected), () -> "expected '" + expected + "' in: " + view);
    }

    private static String view(List<String> views, String persona) {
        return views.stream().filter(v -> v.startsWith(persona + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no view of " + persona + " in " + views));
    }
}
