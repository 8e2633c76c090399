package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.TestTokens;

@QuarkusTest
class OpenApiTest {

    @Test
    void mergesThePathsOfEveryUpstreamThatAnswersAndSurvivesOneDown() {
        // accommodation's upstream is down: the document is still served with the others' paths
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/openapi")
                        .then().statusCode(200)
                        .contentType("application/json")
                        .body("paths", hasKey("/api/v1/alpha-things"))
                        .body("paths", hasKey("/api/v1/beta-things")));
    }

    @Test
    void declaresKeycloakAsTheOneSecuritySchemeAndUsesIt() {
        awaitMerged();
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.keycloak.openIdConnectUrl",
                        equalTo(TestTokens.ISSUER + "/.well-known/openid-configuration"))
                .body("components.securitySchemes", not(hasKey("jwt")))
                .body("paths.'/api/v1/alpha-things'.get.security[0]", hasKey("keycloak"));
    }

    @Test
    void keepsIdenticalComponentsOnceAndRenamesClashingOnesWithTheirRefs() {
        awaitMerged();
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("Problem_victim")))
                .body("components.schemas.Thing.properties", hasKey("alphaField"))
                .body("components.schemas.Thing_victim.properties", hasKey("betaField"))
                .body("paths.'/api/v1/beta-things'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Thing_victim"));
    }

    @Test
    void servesYamlWhenAsked() {
        awaitMerged();
        given().accept("application/yaml").when().get("/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .body(containsString("/api/v1/beta-things:"));
        given().when().get("/openapi?format=yaml")
                .then().statusCode(200)
                .contentType(containsString("application/yaml"));
    }

    @Test
    void servesYamlThatReadsBackAsTheSameDocument() throws Exception {
        awaitMerged();
        String json = given().when().get("/openapi").then().statusCode(200).extract().asString();
        String yaml = given().when().get("/openapi?format=yaml").then().statusCode(200).extract().asString();

        assertEquals(new ObjectMapper().readTree(json), new YAMLMapper().readTree(yaml));
        // YAML 1.1 readers (js-yaml, PyYAML) take an unquoted 2026-11-30 for a date and 2 for a number
        assertThat(yaml, containsString("\"2026-11-30\""));
        assertThat(yaml, containsString("\"2\""));
    }

    @Test
    void offersSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    private static void awaitMerged() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/openapi").then().body("paths", hasKey("/api/v1/beta-things")));
    }
}
