package org.mscu.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformOpenApiFilterTest {

    @Test
    void prefixesTheSharedAuditOperationsWithTheServiceName() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/audit/{service}'.get.operationId", equalTo("platformAuditEntries"))
                .body("paths.'/api/v1/audit/{service}/verify'.get.operationId", equalTo("platformVerifyAuditChain"));
    }

    @Test
    void boundsThePageSizeOfEveryList() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/samples'.get.parameters.find { it.name == 'limit' }.schema.minimum", equalTo(1))
                .body("paths.'/api/v1/samples'.get.parameters.find { it.name == 'limit' }.schema.maximum", equalTo(200))
                .body("paths.'/api/v1/audit/{service}'.get.parameters.find { it.name == 'limit' }.schema.maximum", equalTo(200));
    }

    @Test
    void documentsTheStandardProblemAnswersOfEveryApiOperation() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/samples/{id}'.put.responses", hasKey("401"))
                .body("paths.'/api/v1/samples/{id}'.put.responses", hasKey("403"))
                .body("paths.'/api/v1/samples/{id}'.put.responses", hasKey("400"))
                .body("paths.'/api/v1/samples/{id}'.put.responses", hasKey("404"))
                .body("paths.'/api/v1/samples/{id}'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/samples/{id}'.put.responses", hasKey("500"))
                .body("paths.'/api/v1/samples'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/samples/{id}'.put.responses.'412'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }
}
