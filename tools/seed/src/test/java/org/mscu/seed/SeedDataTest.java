package org.mscu.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mscu.seed.SeedData.ReferralPlan;

/** The seed world is fictional, complete (every case the issue asks for) and consistent with the domain rules. */
class SeedDataTest {

    private static final SeedData DATA = SeedData.load(new ObjectMapper());
    private static final Pattern DRAMA_PHONE = Pattern.compile("\\+447700900\\d{3}");
    /** Royal Mail never uses C, I, K, M, O or V in the last two letters of a postcode: these cannot exist. */
    private static final Pattern FICTIONAL_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][CIKMOV]{2}");

    @Test
    void holdsAboutFiftyReferralsFromEveryReferringAgencyAndSource() {
        assertEquals(50, DATA.referrals().size());
        Set<String> agencies = DATA.referrals().stream().map(r -> Identity.of(r.as()).agency()).collect(Collectors.toSet());
        assertEquals(Set.of("gmp", "manchester-city-council", "stop-the-traffik", "immigration-enforcement", "glaa", "dwp"), agencies);
        Set<String> sources = DATA.referrals().stream().map(r -> r.referral().path("source").asText()).collect(Collectors.toSet());
        assertEquals(Set.of("NRM", "THIRD_SECTOR", "LOCAL_AUTHORITY", "POLICE", "PARTNER_AGENCY", "PUBLIC"), sources);
        Set<String> types = new HashSet<>();
        DATA.referrals().forEach(r -> r.referral().path("exploitationTypes").forEach(t -> types.add(t.asText())));
        assertTrue(types.containsAll(Set.of("LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE")), types.toString());
    }

    @Test
    void referralsAreKnownByAgencyAndNamesOnlyOnce() {
        Set<String> keys = new HashSet<>();
        Set<String> naturalKeys = new HashSet<>();
        for (ReferralPlan plan : DATA.referrals()) {
            assertTrue(keys.add(plan.key()), plan.key());
            assertTrue(naturalKeys.add(Identity.of(plan.as()).agency() + "|" + plan.person().path("givenName").asText()
                    + "|" + plan.person().path("familyName").asText()), plan.key());
        }
    }

    @Test
    void usesOnlyDramaPhoneNumbersAndPostcodesThatCannotExist() {
        List<String> phones = new ArrayList<>();
        List<String> postcodes = new ArrayList<>();
        for (ReferralPlan plan : DATA.referrals()) {
            JsonNode person = plan.person();
            if (person.has("contactPhone")) {
                phones.add(person.path("contactPhone").asText());
            }
            plan.referral().path("suspects").forEach(s -> {
                if (s.has("phone")) {
                    phones.add(s.path("phone").asText());
                }
            });
            if (plan.referral().path("location").has("postcode")) {
                postcodes.add(plan.referral().path("location").path("postcode").asText());
            }
        }
        DATA.tacticalAdvisors().forEach(a -> phones.add(a.path("phone").asText()));
        DATA.properties().forEach(p -> postcodes.add(lastTwoWords(p.property().path("address").asText())));
        assertFalse(phones.isEmpty());
        phones.forEach(phone -> assertTrue(DRAMA_PHONE.matcher(e164(phone)).matches(), phone));
        postcodes.forEach(postcode -> assertTrue(FICTIONAL_POSTCODE.matcher(postcode).matches(), postcode));
    }

    @Test
    void someReferralsAreLinkedByAPhoneOrPostcodeAcrossAgencies() {
        Map<String, Set<String>> agenciesByPhone = new HashMap<>();
        Map<String, Set<String>> referralsByPostcode = new HashMap<>();
        for (ReferralPlan plan : DATA.referrals()) {
            String agency = Identity.of(plan.as()).agency();
            plan.referral().path("suspects").forEach(s -> {
                if (s.has("phone")) {
                    agenciesByPhone.computeIfAbsent(e164(s.path("phone").asText()), p -> new HashSet<>()).add(agency);
                }
            });
            if (plan.person().has("contactPhone")) {
                agenciesByPhone.computeIfAbsent(e164(plan.person().path("contactPhone").asText()), p -> new HashSet<>()).add(agency);
            }
            String postcode = plan.referral().path("location").path("postcode").asText("");
            if (!postcode.isEmpty()) {
                referralsByPostcode.computeIfAbsent(postcode, p -> new HashSet<>()).add(plan.key());
            }
        }
        assertTrue(agenciesByPhone.values().stream().anyMatch(agencies -> agencies.size() >= 3), agenciesByPhone.toString());
        assertTrue(referralsByPostcode.values().stream().filter(keys -> keys.size() >= 3).count() >= 2, referralsByPostcode.toString());
    }

    @Test
    void coversChildrenAdultsSharesAndEveryCrimeRecordingOutcome() {
        long children = DATA.referrals().stream().filter(SeedDataTest::child).count();
        assertTrue(children >= 5 && children <= 15, "children: " + children);
        assertTrue(DATA.referrals().stream().filter(r -> !r.shares().isEmpty()).count() >= 5);
        Set<String> levels = new HashSet<>();
        DATA.referrals().forEach(r -> r.shares().forEach(s -> levels.add(s.path("level").asText())));
        assertEquals(Set.of("FULL", "SUMMARY"), levels);
        // 24 hours to record a crime: overdue when older and unrecorded, pending when younger, late when recorded after
        assertTrue(DATA.referrals().stream().filter(r -> undecidedCrime(r) && r.receivedHoursAgo() > 24).count() >= 3);
        assertTrue(DATA.referrals().stream().filter(r -> undecidedCrime(r) && r.receivedHoursAgo() < 24).count() >= 3);
        assertTrue(DATA.referrals().stream().filter(r -> r.crimeRecord() != null
                && r.crimeRecord().path("hoursAfterReceipt").asLong() > 24).count() >= 2);
        assertTrue(DATA.referrals().stream().anyMatch(r -> r.noCrime() != null));
        Set<String> crimeReferences = new HashSet<>();
        DATA.referrals().stream().filter(r -> r.crimeRecord() != null).forEach(r -> {
            String reference = r.crimeRecord().path("crimeReference").asText();
            assertTrue(reference.startsWith("CRI/DEMO/") && crimeReferences.add(reference), reference);
            assertTrue(r.crimeRecord().path("hoursAfterReceipt").asLong() < r.receivedHoursAgo(), r.key());
        });
    }

    @Test
    void nrmStepsFollowTheRulesAndReachEveryStage() {
        Set<String> stages = new HashSet<>();
        Set<String> references = new HashSet<>();
        for (ReferralPlan plan : DATA.referrals()) {
            long previous = -1;
            long reasonableGrounds = -1;
            for (JsonNode step : plan.nrm()) {
                String action = step.path("action").asText();
                long at = step.path("hoursAfterReceipt").asLong();
                assertTrue(at > previous && at < plan.receivedHoursAgo(), plan.key() + " " + action + " is in the past, in order");
                previous = at;
                stages.add(action + step.path("outcome").asText(""));
                switch (action) {
                    case "SUBMIT" -> {
                        assertTrue(child(plan) || plan.referral().path("consentToNrm").asBoolean(), plan.key() + ": adult without consent");
                        assertTrue(references.add(step.path("nrmReference").asText()), plan.key());
                    }
                    case "DUTY_TO_NOTIFY" -> assertFalse(child(plan) || plan.referral().path("consentToNrm").asBoolean(), plan.key());
                    case "REASONABLE_GROUNDS" -> reasonableGrounds = at;
                    case "CONCLUSIVE_GROUNDS" -> assertTrue(at - reasonableGrounds >= 31 * 24, plan.key() + ": after the recovery period");
                    default -> throw new AssertionError(action);
                }
            }
        }
        assertEquals(Set.of("SUBMIT", "DUTY_TO_NOTIFY", "REASONABLE_GROUNDSPOSITIVE", "REASONABLE_GROUNDSNEGATIVE",
                "CONCLUSIVE_GROUNDSPOSITIVE"), stages);
    }

    @Test
    void victimsComeFromAcceptedReferralsAndPlacementsFromVictims() {
        Set<String> usernames = DATA.liaisonOfficers().stream().map(o -> o.path("username").asText()).collect(Collectors.toSet());
        assertTrue(usernames.containsAll(Set.of("vlo.one", "vlo.two")));
        for (ReferralPlan plan : DATA.referrals()) {
            if (plan.victim() != null) {
                assertTrue(plan.accepted(), plan.key());
                String liaison = plan.victim().path("liaison").asText("");
                assertTrue(liaison.isEmpty() || liaison.equals("best-match") || usernames.contains(liaison), plan.key());
            }
            if (plan.opportunity() != null) {
                assertEquals("INVESTIGATION_NOT_PURSUED", plan.triage().path("reason").asText(), plan.key());
            }
        }
        Set<String> properties = DATA.properties().stream().map(p -> p.property().path("name").asText()).collect(Collectors.toSet());
        DATA.placements().forEach(placement -> {
            assertNotNull(DATA.referral(placement.referral()).victim(), placement.referral());
            assertTrue(properties.contains(placement.property()), placement.property());
            assertTrue(placement.startsInDays() >= 0);
        });
    }

    @Test
    void ordersCoverEveryStage() {
        Set<String> stages = DATA.orders().stream().map(SeedData.OrderPlan::stage).collect(Collectors.toSet());
        assertTrue(stages.containsAll(Set.of("APPLIED", "GRANTED", "VARIED", "BREACHED", "EXPIRING_SOON")), stages.toString());
        DATA.orders().forEach(order -> order.linkedReferrals().forEach(DATA::referral));
    }

    private static boolean undecidedCrime(ReferralPlan plan) {
        return plan.crimeRecord() == null && plan.noCrime() == null;
    }

    private static boolean child(ReferralPlan plan) {
        JsonNode person = plan.person();
        return person.path("ageYears").asInt(99) < 18 || person.path("ageDisputed").asBoolean()
                || person.path("estimatedAge").asInt(99) < 18;
    }

    private static String e164(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.startsWith("0") ? "+44" + digits.substring(1) : digits;
    }

    private static String lastTwoWords(String address) {
        String[] words = address.split(" ");
        return String.join(" ", Arrays.copyOfRange(words, words.length - 2, words.length));
    }
}
