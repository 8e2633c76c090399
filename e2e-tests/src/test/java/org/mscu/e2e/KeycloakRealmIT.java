package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The development realm issues the claims every service relies on: agency, roles, audiences. */
class KeycloakRealmIT {

    @Test
    void personTokenFromCliCarriesAgencyRoleAndEveryServiceAudience() {
        JsonNode claims = ForgedTokens.claims(Tokens.of(Persona.COORDINATOR));

        assertThat(claims.path("iss").asText(), equalTo(Platform.realm()));
        assertThat(claims.path("agency").asText(), equalTo("gmp"));
        assertThat(claims.path("preferred_username").asText(), equalTo("coordinator"));
        assertThat(roles(claims), hasItem("coordinator"));
        assertThat(audiences(claims), containsInAnyOrder(
                "referral-service", "victim-service", "orders-service", "accommodation-service"));
    }

    @Test
    void partnerSystemTokenCarriesItsAgencyRolesAndOnlyTheReferralAudience() {
        JsonNode claims = ForgedTokens.claims(Tokens.of(Persona.CHARITY_HOTLINE));

        assertThat(claims.path("agency").asText(), equalTo("stop-the-traffik"));
        assertThat(roles(claims), hasItems("partner-system", "referrer"));
        assertThat(audiences(claims), containsInAnyOrder("referral-service"));
    }

    @Test
    void enforcementPartnerTokensNameTheReferralAndOrdersAudiencesOnly() {
        for (Persona partner : List.of(Persona.IMMIGRATION_SYSTEM, Persona.GLAA_SYSTEM)) {
            JsonNode claims = ForgedTokens.claims(Tokens.of(partner));

            assertThat(audiences(claims), containsInAnyOrder("referral-service", "orders-service"));
            assertThat(roles(claims), hasItems("partner-system", "referrer", "order-manager"));
        }
    }

    @Test
    void victimServiceTokenCarriesTheUnitsAgencyThePlatformRoleAndOnlyTheReferralAudience() {
        JsonNode claims = ForgedTokens.claims(Tokens.of(Persona.VICTIM_SERVICE));

        assertThat(claims.path("agency").asText(), equalTo("gmp"));
        assertThat(claims.path("preferred_username").asText(), equalTo("service-account-victim-service"));
        assertThat(roles(claims), hasItem("platform-service"));
        assertThat(audiences(claims), containsInAnyOrder("referral-service"));
    }

    @Test
    void partnerSystemWithWrongSecretGetsNoToken() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", Persona.LA_CASE_SYSTEM.login())
                .formParam("client_secret", "not-the-secret")
                .post(Platform.tokenEndpoint())
                .then().statusCode(401);
    }

    @Test
    void frontendClientRefusesThePasswordGrant() {
        given().formParam("grant_type", "password")
                .formParam("client_id", "mscu-frontend")
                .formParam("username", Persona.COORDINATOR.login())
                .formParam("password", "coordinator-dev")
                .post(Platform.tokenEndpoint())
                .then().statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    private static List<String> roles(JsonNode claims) {
        return texts(claims.path("realm_access").path("roles"));
    }

    /** {@code aud} is a string for one audience and an array for several. */
    private static List<String> audiences(JsonNode claims) {
        return texts(claims.path("aud"));
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> texts.add(item.asText()));
        } else if (node.isTextual()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
