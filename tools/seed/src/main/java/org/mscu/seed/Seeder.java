package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * Fills a running platform with the seed world, through the gateway, as the development realm's people
 * and partner systems. Idempotent: each record is looked up by a natural key before it is created, and
 * each step is taken only when the record shows it missing, so a second run creates nothing.
 */
public final class Seeder {

    private final Settings settings;
    private final PrintStream progress;
    private final SeedData data;

    public Seeder(Settings settings, PrintStream progress) {
        this(settings, progress, SeedData.load(new ObjectMapper()));
    }

    /** With other seed data (tests). */
    Seeder(Settings settings, PrintStream progress, SeedData data) {
        this.settings = settings;
        this.progress = progress;
        this.data = data;
    }

    public Summary run() {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Api api = new Api(settings, new Tokens(settings, http, json), http, json);
        Times times = new Times(settings.clock());
        Tally tally = new Tally(ReferralSeeder.REFERRALS, ReferralSeeder.TRIAGE, ReferralSeeder.CRIME, ReferralSeeder.NRM,
                ReferralSeeder.SHARES, VictimSeeder.OFFICERS, VictimSeeder.VICTIMS, VictimSeeder.ASSIGNMENTS,
                RotaSeeder.ADVISORS, RotaSeeder.SHIFTS, OrderSeeder.ORDERS, OrderSeeder.ORDER_STEPS, OrderSeeder.BREACHES,
                OrderSeeder.OPPORTUNITIES, OrderSeeder.ASSESSMENTS, AccommodationSeeder.PROPERTIES, AccommodationSeeder.BEDS,
                AccommodationSeeder.PLACEMENTS);

        step("referrals, triage, crime recording, NRM and shares");
        ReferralSeeder.Seeded seeded = new ReferralSeeder(api, times, tally).seed(data.referrals());
        Map<String, JsonNode> referrals = seeded.referrals();
        Times world = times.since(seeded.epoch());
        step("liaison-officer roster, victims and their liaison officers");
        VictimSeeder victimSeeder = new VictimSeeder(api, tally);
        Map<String, JsonNode> roster = victimSeeder.roster(data.liaisonOfficers());
        Map<String, JsonNode> victims = victimSeeder.victims(data.referrals(), referrals, roster);
        step("tactical-advisor rota for the week from the first run");
        new RotaSeeder(api, world, tally).seed(data.tacticalAdvisors());
        step("orders and Risk Order opportunities");
        OrderSeeder orderSeeder = new OrderSeeder(api, times, tally);
        Map<String, JsonNode> orders = orderSeeder.orders(data.orders(), referrals);
        Map<String, JsonNode> opportunities = orderSeeder.opportunities(data.referrals(), referrals);
        step("properties, beds and placements");
        AccommodationSeeder accommodation = new AccommodationSeeder(api, times, tally);
        Map<String, String> properties = accommodation.properties(data.properties());
        Map<String, JsonNode> placements = accommodation.placements(data.placements(), victims, properties);
        step("what each persona sees");
        var views = new Views(api, world).describe(new Views.World(referrals, victims, orders, opportunities, properties, placements));
        return new Summary(settings.gateway(), tally.counts(), views, api.requests(), api.rateLimited());
    }

    private void step(String what) {
        progress.println("seed: " + what);
        progress.flush();
    }
}
