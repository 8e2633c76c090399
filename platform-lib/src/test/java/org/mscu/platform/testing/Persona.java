package org.mscu.platform.testing;

import java.util.Set;

/** The seeded identities of identities.md, for signing test tokens that look like Keycloak's. */
public enum Persona {
    LA_CASE_SYSTEM("service-account-la-case-system", "manchester-city-council", "la-case-system", "partner-system", "referrer"),
    CHARITY_HOTLINE("service-account-charity-hotline", "stop-the-traffik", "charity-hotline", "partner-system", "referrer"),
    IMMIGRATION_SYSTEM("service-account-immigration-system", "immigration-enforcement", "immigration-system",
            "partner-system", "referrer", "order-manager"),
    GLAA_SYSTEM("service-account-glaa-system", "glaa", "glaa-system", "partner-system", "referrer", "order-manager"),
    DWP_SYSTEM("service-account-dwp-system", "dwp", "dwp-system", "partner-system", "referrer"),
    VICTIM_SERVICE("service-account-victim-service", "gmp", "victim-service", "platform-service"),
    COORDINATOR("coordinator", "gmp", "mscu-cli", "coordinator"),
    TACTICAL_ADVISOR("ta.one", "gmp", "mscu-cli", "tactical-advisor"),
    VLO_ONE("vlo.one", "gmp", "mscu-cli", "liaison-officer"),
    VLO_TWO("vlo.two", "gmp", "mscu-cli", "liaison-officer"),
    VULNERABILITY_LEAD("vuln.lead", "gmp", "mscu-cli", "vulnerability-lead"),
    REGISTRAR("registrar", "gmp", "mscu-cli", "registrar"),
    AUDITOR("auditor", "gmp", "mscu-cli", "auditor"),
    ORDER_MANAGER("order.manager", "gmp", "mscu-cli", "order-manager"),
    PROBATION_OFFICER("probation.officer", "probation-service", "mscu-cli", "order-manager"),
    HOUSING_OFFICER("housing.officer", "manchester-city-council", "mscu-cli", "accommodation-officer"),
    SAFEHAVEN_OFFICER("safehaven.officer", "safe-haven-housing", "mscu-cli", "accommodation-officer"),
    DWP_REFERRER("dwp.referrer", "dwp", "mscu-cli", "referrer"),
    IMMIGRATION_OFFICER("immigration.officer", "immigration-enforcement", "mscu-cli", "referrer", "order-manager");

    private final String username;
    private final String agency;
    private final String clientId;
    private final Set<String> roles;

    Persona(String username, String agency, String clientId, String... roles) {
        this.username = username;
        this.agency = agency;
        this.clientId = clientId;
        this.roles = Set.of(roles);
    }

    public String username() {
        return username;
    }

    public String agency() {
        return agency;
    }

    public String clientId() {
        return clientId;
    }

    public Set<String> roles() {
        return roles;
    }

    /** A stable subject id per persona, as Keycloak would give one. */
    public String subject() {
        return java.util.UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
