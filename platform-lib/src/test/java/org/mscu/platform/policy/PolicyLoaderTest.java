package org.mscu.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {

    private static final List<AccessPoint> CODE = List.of(new AccessPoint("thing", "read", "ThingResource.get"),
            new AccessPoint("thing", "create", "ThingResource.create"));

    private static String document(String rule) {
        return """
                service: things
                relationships: [own]
                fieldSets:
                  all: {hide: []}
                rules:
                """ + rule;
    }

    private static final String GOOD_RULE = """
              - name: reader
                roles: [coordinator]
                resource: thing
                actions: [read]
                relationship: own
                fields: all
            """;

    private static void load(String yaml) {
        PolicyValidator.validate(PolicyLoader.parse(yaml), "things", CODE);
    }

    @Test
    void loadsAWellFormedDocument() {
        PolicyDocument document = PolicyLoader.parse(document(GOOD_RULE));
        PolicyValidator.validate(document, "things", CODE);
        assertThat(document.rules()).extracting(Rule::name).containsExactly("reader");
    }

    @Test
    void rejectsUnknownKeyNamingTheRule() {
        assertThatThrownBy(() -> load(document(GOOD_RULE + "    relationshp: own\n")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("rule 'reader'")
                .hasMessageContaining("unknown key 'relationshp'");
    }

    @Test
    void rejectsUnknownRelationshipNamingTheRule() {
        assertThatThrownBy(() -> load(document(GOOD_RULE.replace("relationship: own", "relationship: shared"))))
                .hasMessageContaining("rule 'reader'").hasMessageContaining("unknown relationship 'shared'");
    }

    @Test
    void rejectsUnknownFieldSetNamingTheRule() {
        assertThatThrownBy(() -> load(document(GOOD_RULE.replace("fields: all", "fields: summary"))))
                .hasMessageContaining("rule 'reader'").hasMessageContaining("unknown field set 'summary'");
    }

    @Test
    void rejectsActionNoResourceMethodUses() {
        assertThatThrownBy(() -> load(document(GOOD_RULE.replace("[read]", "[read, delete]"))))
                .hasMessageContaining("rule 'reader'").hasMessageContaining("unknown action 'delete'");
    }

    @Test
    void rejectsActionNotDeclaredUnderResources() {
        String yaml = document(GOOD_RULE).replace("fieldSets:", "resources:\n  thing: [read, create]\nfieldSets:")
                .replace("[read]", "[read, update]");
        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("rule 'reader'").hasMessageContaining("unknown action 'update'");
    }

    @Test
    void rejectsAccessAnnotationNotDeclaredUnderResources() {
        String yaml = document(GOOD_RULE).replace("fieldSets:", "resources:\n  thing: [read]\nfieldSets:");
        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("ThingResource.create");
    }

    @Test
    void rejectsDuplicateRuleName() {
        assertThatThrownBy(() -> load(document(GOOD_RULE + GOOD_RULE)))
                .hasMessageContaining("rule 'reader'").hasMessageContaining("duplicate rule name");
    }

    @Test
    void rejectsRuleThatWouldGrantEverybody() {
        assertThatThrownBy(() -> load(document(GOOD_RULE.replace("    roles: [coordinator]\n", ""))))
                .hasMessageContaining("rule 'reader'").hasMessageContaining("grant everybody");
    }

    @Test
    void rejectsDocumentOfAnotherService() {
        assertThatThrownBy(() -> PolicyValidator.validate(PolicyLoader.parse(document(GOOD_RULE)), "others", CODE))
                .hasMessageContaining("service 'things' is not this service ('others')");
    }

    @Test
    void namesUnnamedRuleByPosition() {
        assertThatThrownBy(() -> load(document(GOOD_RULE.replace("name: reader", "colour: red"))))
                .hasMessageContaining("rule #1").hasMessageContaining("unknown key 'colour'");
    }

    @Test
    void rejectsUnknownTopLevelKey() {
        assertThatThrownBy(() -> load("rulez: []\n" + document(GOOD_RULE)))
                .hasMessageContaining("unknown key 'rulez'");
    }

    @Test
    void rejectsDenyRuleOnUnknownResource() {
        String yaml = document(GOOD_RULE).replace("rules:", "deny:\n  - name: never\n    agencies: [x]\n    resources: [thingz]\nrules:");
        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("deny rule 'never'").hasMessageContaining("unknown resource 'thingz'");
    }

    @Test
    void acceptsTheBuiltInAuditResource() {
        load(document(GOOD_RULE + GOOD_RULE.replace("reader", "auditor").replace("thing", "audit")
                .replace("[read]", "[read, verify]")));
    }
}
