package org.mscu.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.problem.ProblemException;

class PolicyEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PolicyEngine ENGINE = new PolicyEngine(PolicyLoader.parse("""
            service: things
            relationships: [own, shared]
            resources:
              thing: [read, create]
            fieldSets:
              all: {hide: []}
              summary: {hide: [secret, person.phone, contacts.phone]}
            deny:
              - name: never-immigration
                agencies: [immigration-enforcement]
                resources: ["*"]
            rules:
              - name: own-whole
                roles: [referrer]
                resource: thing
                actions: [read, create]
                relationship: own
                fields: all
              - name: shared-summary
                roles: [referrer]
                resource: thing
                actions: [read]
                relationship: shared
                fields: summary
            """), JSON);

    private static Caller referrer(String agency) {
        return new Caller("s", "u", agency, Set.of("referrer"), "c");
    }

    @Test
    void refusesRoleWithoutRuleWithForbidden() {
        Caller auditor = new Caller("s", "u", "gmp", Set.of("auditor"), "c");
        assertThatThrownBy(() -> ENGINE.authorize(auditor, "thing", "read", Set.of("own")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void hidesRecordOutsideTheRelationshipsWithNotFound() {
        assertThatThrownBy(() -> ENGINE.authorize(referrer("dwp"), "thing", "read", Set.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void denyRuleWinsOverAMatchingRule() {
        assertThat(ENGINE.permits(referrer("immigration-enforcement"), "thing", "read")).isFalse();
        assertThatThrownBy(() -> ENGINE.authorize(referrer("immigration-enforcement"), "thing", "read", Set.of("own")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void picksTheGrantHidingFewestFields() {
        Grant grant = ENGINE.authorize(referrer("dwp"), "thing", "read", Set.of("own", "shared"));
        assertThat(grant.rule()).isEqualTo("own-whole");
        assertThat(grant.hidesNothing()).isTrue();
    }

    @Test
    void findNeverThrows() {
        assertThat(ENGINE.find(referrer("dwp"), "thing", "read", Set.of())).isEmpty();
        assertThat(ENGINE.find(referrer("immigration-enforcement"), "thing", "read", Set.of("own"))).isEmpty();
        assertThat(ENGINE.find(referrer("dwp"), "thing", "read", Set.of("shared"))).map(Grant::rule)
                .contains("shared-summary");
    }

    @Test
    void refusesUndeclaredRelationshipAsAProgrammingError() {
        assertThatThrownBy(() -> ENGINE.find(referrer("dwp"), "thing", "read", Set.of("assigned")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redactsNestedFieldsAndFieldsOfEveryArrayElement() {
        Grant grant = ENGINE.authorize(referrer("dwp"), "thing", "read", Set.of("shared"));
        Map<String, Object> body = Map.of("name", "n", "secret", "s",
                "person", Map.of("phone", "1", "district", "d"),
                "contacts", List.of(Map.of("label", "a", "phone", "2"), Map.of("label", "b", "phone", "3")));

        JsonNode redacted = (JsonNode) grant.redact(body);

        assertThat(redacted.has("secret")).isFalse();
        assertThat(redacted.path("person").has("phone")).isFalse();
        assertThat(redacted.path("person").path("district").asText()).isEqualTo("d");
        assertThat(redacted.path("contacts")).allSatisfy(contact -> {
            assertThat(contact.has("phone")).isFalse();
            assertThat(contact.has("label")).isTrue();
        });
        assertThat(redacted.path("name").asText()).isEqualTo("n");
    }

    @Test
    void leavesBodyUntouchedWhenNothingIsHidden() {
        Object body = Map.of("secret", "s");
        assertThat(ENGINE.authorize(referrer("dwp"), "thing", "read", Set.of("own")).redact(body)).isSameAs(body);
    }
}
