package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mscu.seed.SeedData.OrderPlan;
import org.mscu.seed.SeedData.ReferralPlan;

/**
 * Prevention and risk orders at every stage (applied, granted and served, notified, varied, breached,
 * expiring soon, notification overdue), found again by subject through {@code /orders/subject-search};
 * and Risk Order opportunities on referrals where the investigation was not pursued, found by referral.
 * Dates are relative to the first run: an order made "120 days ago" keeps the day it was made.
 */
final class OrderSeeder {

    static final String ORDERS = "orders";
    static final String ORDER_STEPS = "order decisions and notices";
    static final String BREACHES = "breaches";
    static final String OPPORTUNITIES = "risk-order opportunities";
    static final String ASSESSMENTS = "opportunity assessments";

    private final Api api;
    private final Times times;
    private final Tally tally;

    OrderSeeder(Api api, Times times, Tally tally) {
        this.api = api;
        this.times = times;
        this.tally = tally;
    }

    /** The orders by key. */
    Map<String, JsonNode> orders(List<OrderPlan> plans, Map<String, JsonNode> referrals) {
        Map<String, JsonNode> orders = new LinkedHashMap<>();
        for (OrderPlan plan : plans) {
            Identity by = Identity.of(plan.as());
            LocalDate madeOn = madeOn(plan);
            JsonNode order = find(plan, by).orElse(null);
            tally.count(ORDERS, order == null);
            if (order == null) {
                ObjectNode application = application(plan, madeOn, referrals);
                order = Api.require(api.create(by, "/api/v1/orders", application, "order-" + plan.key()),
                        "applying for order " + plan.key());
            }
            order = decide(plan, by, order, madeOn);
            order = notified(plan, by, order);
            order = varied(plan, by, order);
            breach(plan, order);
            orders.put(plan.key(), order);
        }
        return orders;
    }

    /** The opportunities by referral key. */
    Map<String, JsonNode> opportunities(List<ReferralPlan> plans, Map<String, JsonNode> referrals) {
        Map<String, JsonNode> opportunities = new LinkedHashMap<>();
        for (ReferralPlan plan : plans) {
            if (plan.opportunity() == null) {
                continue;
            }
            String referralId = referrals.get(plan.key()).path("id").asText();
            JsonNode opportunity = opportunity(referralId).orElse(null);
            tally.count(OPPORTUNITIES, opportunity == null);
            if (opportunity == null) {
                ObjectNode body = api.json().createObjectNode().put("referralId", referralId)
                        .put("reason", "INVESTIGATION_NOT_PURSUED").put("notes", plan.triage().path("notes").asText());
                Api.Reply reply = api.create(Identity.VULNERABILITY_LEAD, "/api/v1/order-opportunities", body,
                        "opportunity-" + plan.key());
                opportunity = reply.status() == 409 && reply.code().equals("OPPORTUNITY_EXISTS")
                        ? opportunity(referralId).orElseThrow(() -> Api.failure(reply, "opening the opportunity of " + plan.key()))
                        : Api.require(reply, "opening the opportunity of " + plan.key());
            }
            JsonNode assess = plan.opportunity().path("assess");
            if (!assess.isMissingNode()) {
                boolean open = opportunity.path("status").asText().equals("OPEN");
                tally.count(ASSESSMENTS, open);
                if (open) {
                    opportunity = Api.require(api.act(Identity.VULNERABILITY_LEAD, "/api/v1/order-opportunities/"
                            + opportunity.path("id").asText() + "/assessment", assess, opportunity.path("version").asLong()),
                            "assessing the opportunity of " + plan.key());
                }
            }
            opportunities.put(plan.key(), opportunity);
        }
        return opportunities;
    }

    /** The order of this plan's applicant against this subject (drafts from opportunities aside). */
    private Optional<JsonNode> find(OrderPlan plan, Identity by) {
        JsonNode subject = plan.order().path("subject");
        ObjectNode search = api.json().createObjectNode().put("name", subject.path("name").asText())
                .put("dateOfBirth", subject.path("dateOfBirth").asText());
        JsonNode page = Api.require(api.post(Identity.COORDINATOR, "/api/v1/orders/subject-search", search),
                "searching the orders of " + plan.key() + "'s subject");
        for (JsonNode order : page.path("items")) {
            if (order.path("applicantAgency").asText().equals(by.agency())
                    && order.path("type").asText().equals(plan.order().path("type").asText())
                    && !order.path("status").asText().equals("DRAFT")) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    private ObjectNode application(OrderPlan plan, LocalDate madeOn, Map<String, JsonNode> referrals) {
        ObjectNode body = plan.order().deepCopy();
        body.set("prohibitions", prohibitions(plan.order().path("prohibitions"), madeOn));
        ArrayNode linked = body.putArray("linkedReferralIds");
        plan.linkedReferrals().forEach(key -> linked.add(referrals.get(key).path("id").asText()));
        return body;
    }

    private JsonNode decide(OrderPlan plan, Identity by, JsonNode order, LocalDate madeOn) {
        JsonNode decision = plan.decision();
        if (decision == null) {
            return order;
        }
        boolean pending = order.path("status").asText().equals("APPLIED");
        tally.count(ORDER_STEPS, pending);
        if (!pending) {
            return order;
        }
        ObjectNode body = api.json().createObjectNode().put("outcome", "GRANTED").put("madeOn", madeOn.toString())
                .put("expiresOn", madeOn.plusYears(decision.path("expiresYearsAfterMade").asInt()).toString());
        if (decision.has("servedDaysAfterMade")) {
            body.put("servedOn", madeOn.plusDays(decision.path("servedDaysAfterMade").asInt()).toString());
        }
        return action(by, order, "decision", body, plan);
    }

    private JsonNode notified(OrderPlan plan, Identity by, JsonNode order) {
        JsonNode notification = plan.notification();
        if (notification == null) {
            return order;
        }
        boolean due = !order.path("notification").path("status").asText().equals("MET");
        tally.count(ORDER_STEPS, due);
        if (!due) {
            return order;
        }
        LocalDate madeOn = LocalDate.parse(order.path("madeOn").asText());
        ObjectNode body = api.json().createObjectNode().put("kind", "INITIAL")
                .put("notifiedOn", madeOn.plusDays(notification.path("notifiedDaysAfterMade").asInt()).toString())
                .put("details", notification.path("details").asText());
        return action(by, order, "notifications", body, plan);
    }

    private JsonNode varied(OrderPlan plan, Identity by, JsonNode order) {
        JsonNode variation = plan.variation();
        if (variation == null) {
            return order;
        }
        boolean pending = order.path("variations").isEmpty();
        tally.count(ORDER_STEPS, pending);
        if (!pending) {
            return order;
        }
        LocalDate madeOn = LocalDate.parse(order.path("madeOn").asText());
        ObjectNode body = api.json().createObjectNode()
                .put("variedOn", times.today().minusDays(variation.path("variedDaysAgo").asInt()).toString())
                .put("reason", variation.path("reason").asText());
        body.set("prohibitions", prohibitions(variation.path("prohibitions"), madeOn));
        return action(by, order, "variations", body, plan);
    }

    private void breach(OrderPlan plan, JsonNode order) {
        JsonNode breach = plan.breach();
        if (breach == null) {
            return;
        }
        Identity by = Identity.of(breach.path("as").asText());
        String path = "/api/v1/orders/" + order.path("id").asText() + "/breaches";
        boolean missing = api.get(by, path).path("items").isEmpty();
        tally.count(BREACHES, missing);
        if (missing) {
            ObjectNode body = api.json().createObjectNode()
                    .put("occurredOn", times.today().minusDays(breach.path("occurredDaysAgo").asInt()).toString())
                    .put("description", breach.path("description").asText());
            Api.require(api.create(by, path, body, "breach-" + plan.key()), "recording the breach of " + plan.key());
        }
    }

    /** The day the order is (or was) made: {@code madeDaysAgo}, or so that it ends {@code expiresInDays} from today. */
    private LocalDate madeOn(OrderPlan plan) {
        JsonNode decision = plan.decision();
        if (decision == null) {
            return times.today();
        }
        if (decision.has("expiresInDays")) {
            return times.today().plusDays(decision.path("expiresInDays").asInt())
                    .minusYears(decision.path("expiresYearsAfterMade").asInt());
        }
        return times.today().minusDays(decision.path("madeDaysAgo").asInt());
    }

    /** Prohibitions as the API takes them: {@code untilYearsAfterMade} becomes the date {@code until}. */
    private ArrayNode prohibitions(JsonNode planned, LocalDate madeOn) {
        ArrayNode prohibitions = api.json().createArrayNode();
        for (JsonNode prohibition : planned) {
            ObjectNode copy = prohibition.deepCopy();
            if (copy.has("untilYearsAfterMade")) {
                copy.put("until", madeOn.plusYears(copy.remove("untilYearsAfterMade").asInt()).toString());
            }
            prohibitions.add(copy);
        }
        return prohibitions;
    }

    private JsonNode action(Identity by, JsonNode order, String action, JsonNode body, OrderPlan plan) {
        return Api.require(api.act(by, "/api/v1/orders/" + order.path("id").asText() + "/" + action, body,
                order.path("version").asLong()), action + " of order " + plan.key());
    }

    private Optional<JsonNode> opportunity(String referralId) {
        JsonNode items = api.get(Identity.COORDINATOR, "/api/v1/order-opportunities?referralId=" + referralId).path("items");
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }
}
