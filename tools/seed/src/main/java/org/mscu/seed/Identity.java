package org.mscu.seed;

/**
 * The development realm's identities the seeder acts as (shared/design/identities.md). People sign in
 * through the public client {@code mscu-cli} (password {@code <username>-dev}); partner systems use the
 * client-credentials grant (secret {@code <client-id>-secret}).
 */
public enum Identity {
    COORDINATOR("coordinator", "gmp", false),
    TACTICAL_ADVISOR("ta.one", "gmp", false),
    VLO_ONE("vlo.one", "gmp", false),
    VLO_TWO("vlo.two", "gmp", false),
    VULNERABILITY_LEAD("vuln.lead", "gmp", false),
    REGISTRAR("registrar", "gmp", false),
    AUDITOR("auditor", "gmp", false),
    ORDER_MANAGER("order.manager", "gmp", false),
    PROBATION_OFFICER("probation.officer", "probation-service", false),
    HOUSING_OFFICER("housing.officer", "manchester-city-council", false),
    SAFE_HAVEN_OFFICER("safehaven.officer", "safe-haven-housing", false),
    DWP_REFERRER("dwp.referrer", "dwp", false),
    IMMIGRATION_OFFICER("immigration.officer", "immigration-enforcement", false),
    LA_CASE_SYSTEM("la-case-system", "manchester-city-council", true),
    CHARITY_HOTLINE("charity-hotline", "stop-the-traffik", true),
    IMMIGRATION_SYSTEM("immigration-system", "immigration-enforcement", true),
    GLAA_SYSTEM("glaa-system", "glaa", true),
    DWP_SYSTEM("dwp-system", "dwp", true);

    private final String name;
    private final String agency;
    private final boolean partnerSystem;

    Identity(String name, String agency, boolean partnerSystem) {
        this.name = name;
        this.agency = agency;
        this.partnerSystem = partnerSystem;
    }

    /** The username of a person, or the client id of a partner system, as the seed data names them. */
    public String id() {
        return name;
    }

    public String agency() {
        return agency;
    }

    public boolean partnerSystem() {
        return partnerSystem;
    }

    public static Identity of(String id) {
        for (Identity identity : values()) {
            if (identity.name.equals(id)) {
                return identity;
            }
        }
        throw new IllegalArgumentException("no such identity in the development realm: " + id);
    }
}
