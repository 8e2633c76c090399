package org.mscu.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceOperationIdsTest {

    @Test
    void prefixesTheSharedAuditOperationsWithTheServiceName() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/audit/{service}'.get.operationId", equalTo("platformAuditEntries"))
                .body("paths.'/api/v1/audit/{service}/verify'.get.operationId", equalTo("platformVerifyAuditChain"));
    }
}
