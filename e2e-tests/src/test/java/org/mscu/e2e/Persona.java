package org.mscu.e2e;

/**
 * Identities seeded by the development realm (infra/keycloak/mscu-realm.json). People log in
 * through the public client {@code mscu-cli} with password {@code <username>-dev}; partner
 * systems use the client-credentials grant with secret {@code <client-id>-secret}.
 */
public enum Persona {
    COORDINATOR(Kind.PERSON, "coordinator"),
    ORDER_MANAGER(Kind.PERSON, "order.manager"),
    HOUSING_OFFICER(Kind.PERSON, "housing.officer"),
    AUDITOR(Kind.PERSON, "auditor"),
    IMMIGRATION_OFFICER(Kind.PERSON, "immigration.officer"),
    LA_CASE_SYSTEM(Kind.PARTNER_SYSTEM, "la-case-system"),
    CHARITY_HOTLINE(Kind.PARTNER_SYSTEM, "charity-hotline"),
    IMMIGRATION_SYSTEM(Kind.PARTNER_SYSTEM, "immigration-system"),
    GLAA_SYSTEM(Kind.PARTNER_SYSTEM, "glaa-system"),
    DWP_SYSTEM(Kind.PARTNER_SYSTEM, "dwp-system"),
    /** victim-service's own client (client credentials like a partner system): reads accepted referrals. */
    VICTIM_SERVICE(Kind.PARTNER_SYSTEM, "victim-service");

    enum Kind { PERSON, PARTNER_SYSTEM }

    private final Kind kind;
    private final String name;

    Persona(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    Kind kind() {
        return kind;
    }

    /** The username of a person, the client id of a partner system. */
    public String login() {
        return name;
    }

    String secret() {
        return kind == Kind.PERSON ? name + "-dev" : name + "-secret";
    }
}
