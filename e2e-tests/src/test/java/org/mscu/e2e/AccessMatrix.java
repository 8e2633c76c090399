package org.mscu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mscu.platform.policy.Grant;

/**
 * Walks one scenario over every identity of the realm and compares each answer with what the policy
 * documents say: the status, the problem format of a refusal (and that it carries nothing of the
 * record), the fields a grant hides (absent) and those it shows (present), and whether a listed record
 * is listed at all. Permitted changes act on records of their own; the record every refused caller was
 * sent to must read the same before and after.
 */
final class AccessMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One identity's call of one scenario: expected, answered, and what did not match. */
    record Cell(Scenario scenario, RealmIdentity identity, Expectation expected, int actual, List<String> problems,
                String listedRule) {

        boolean passed() {
            return problems.isEmpty();
        }

        String describe() {
            return scenario + " as " + identity + ": expected " + expected.status() + " (" + expected.reason() + "), got "
                    + actual + (problems.isEmpty() ? "" : " — " + String.join("; ", problems));
        }
    }

    private AccessMatrix() {
    }

    static List<Cell> walk(Scenario scenario, DeclaredEndpoints.Endpoint endpoint, int success, List<RealmIdentity> identities) {
        Subject shared = scenario.prepare().get();
        String before = state(shared);
        List<Cell> cells = new ArrayList<>();
        for (RealmIdentity identity : identities) {
            Subject subject = shared;
            Expectation expected = Expectation.of(endpoint, shared, identity, success);
            if (expected.success() && scenario.changesState()) {
                subject = scenario.prepare().get();
                expected = Expectation.of(endpoint, subject, identity, success);
            }
            Response response = Calls.send(identity.bearer(), scenario.method(), subject);
            cells.add(check(scenario, endpoint, subject, identity, expected, response));
        }
        String after = state(shared);
        if (before != null && !before.equals(after)) {
            Cell last = cells.get(cells.size() - 1);
            List<String> problems = new ArrayList<>(last.problems());
            problems.add("the record the refused and reading callers were sent to changed: before " + before + " after " + after);
            cells.set(cells.size() - 1, new Cell(last.scenario(), last.identity(), last.expected(), last.actual(), problems, last.listedRule()));
        }
        return cells;
    }

    private static Cell check(Scenario scenario, DeclaredEndpoints.Endpoint endpoint, Subject subject, RealmIdentity identity,
                              Expectation expected, Response response) {
        List<String> problems = new ArrayList<>();
        String body = response.asString();
        if (response.statusCode() != expected.status()) {
            problems.add("status " + response.statusCode() + ": " + abbreviate(body));
            return new Cell(scenario, identity, expected, response.statusCode(), problems, null);
        }
        String listedRule = null;
        if (expected.success()) {
            JsonNode json = parse(body, problems);
            if (json != null) {
                Set<String> shown = shownFields(endpoint, expected.grant());
                for (JsonNode target : targets(json, subject.listsRecord())) {
                    hiddenAbsent(target, expected.hidden(), problems);
                }
                if (subject.returnsRecord()) {
                    shownPresent(json, shown, problems);
                }
                if (subject.listsRecord()) {
                    listedRule = checkListing(endpoint, subject.record(), identity, json, body, problems);
                }
            }
        } else {
            checkRefusal(subject, expected.status(), response, body, problems);
        }
        return new Cell(scenario, identity, expected, response.statusCode(), problems, listedRule);
    }

    private static String checkListing(DeclaredEndpoints.Endpoint endpoint, Fixture record, RealmIdentity identity,
                                       JsonNode json, String body, List<String> problems) {
        Optional<Grant> grant = Expectation.listed(endpoint, record, identity);
        JsonNode item = null;
        for (JsonNode candidate : targets(json, true)) {
            if (record.id().equals(candidate.path("id").asText())) {
                item = candidate;
            }
        }
        if (grant.isEmpty()) {
            if (item != null) {
                problems.add("lists record " + record.id() + " it may not read");
            }
            record.secrets().stream().filter(body::contains).forEach(secret -> problems.add("the list carries a value of a record it may not read"));
            return null;
        }
        if (item == null) {
            problems.add("does not list record " + record.id() + " it may read (" + grant.get().rule() + ")");
            return null;
        }
        hiddenAbsent(item, grant.get().hidden(), problems);
        shownPresent(item, shownFields(endpoint, grant.get()), problems);
        return grant.get().rule();
    }

    private static void checkRefusal(Subject subject, int status, Response response, String body, List<String> problems) {
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (!contentType.startsWith(Problems.PROBLEM_JSON)) {
            problems.add("refusal is " + contentType + ", not a problem");
        } else {
            JsonNode json = parse(body, problems);
            if (json != null && json.path("status").asInt() != status) {
                problems.add("problem status " + json.path("status") + " differs from " + status);
            }
        }
        if (status == 401 && !String.valueOf(response.header("WWW-Authenticate")).contains("Bearer")) {
            problems.add("401 without a Bearer challenge");
        }
        if (subject.record() != null) {
            subject.record().secrets().stream().filter(body::contains)
                    .forEach(secret -> problems.add("the refusal carries a value of the record"));
        }
    }

    /**
     * The fields some rule on the endpoint's resource can hide that this grant shows: a returned record
     * must carry them.
     */
    private static Set<String> shownFields(DeclaredEndpoints.Endpoint endpoint, Grant grant) {
        Set<String> shown = new LinkedHashSet<>();
        var document = Policies.of(endpoint.service()).document();
        document.rules().stream().filter(rule -> rule.resource().equals(endpoint.resource()))
                .forEach(rule -> shown.addAll(document.hiddenBy(rule.fields())));
        if (grant != null) {
            grant.hidden().forEach(shown::remove);
        }
        return shown;
    }

    private static void hiddenAbsent(JsonNode target, List<String> hidden, List<String> problems) {
        hidden.stream().filter(path -> JsonFields.mentioned(target, path))
                .forEach(path -> problems.add("shows " + path + ", which its grant hides"));
    }

    private static void shownPresent(JsonNode target, Set<String> shown, List<String> problems) {
        shown.stream().filter(path -> !JsonFields.present(target, path))
                .forEach(path -> problems.add("lacks " + path + ", which its grant shows"));
    }

    /** The records of an answer: the items of a page, the elements of an array, or the answer itself. */
    private static List<JsonNode> targets(JsonNode json, boolean listing) {
        List<JsonNode> targets = new ArrayList<>();
        JsonNode items = json.isArray() ? json : json.path("items");
        if (items.isArray()) {
            items.forEach(targets::add);
        }
        if (!listing || targets.isEmpty() && !json.has("items") && !json.isArray()) {
            targets.add(json);
        }
        return targets;
    }

    private static JsonNode parse(String body, List<String> problems) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            problems.add("answer is not JSON: " + abbreviate(body));
            return null;
        }
    }

    private static String state(Subject subject) {
        return subject.record() == null || subject.record().state() == null ? null : subject.record().state().get();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
