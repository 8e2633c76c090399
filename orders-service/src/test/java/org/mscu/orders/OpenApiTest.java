package org.mscu.orders;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the gateway merges: every path of api.md, stable operation ids, documented denials. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsEveryOrdersPathWithStableOperationIdsAndDenials() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/orders"))
                .body("paths", hasKey("/api/v1/orders/{id}/decision"))
                .body("paths", hasKey("/api/v1/orders/{id}/notifications"))
                .body("paths", hasKey("/api/v1/orders/{id}/breaches"))
                .body("paths", hasKey("/api/v1/orders/{id}/variations"))
                .body("paths", hasKey("/api/v1/orders/{id}/discharge"))
                .body("paths", hasKey("/api/v1/order-opportunities/{id}/assessment"))
                .body("paths.'/api/v1/orders'.post.operationId", notNullValue())
                .body("paths.'/api/v1/orders/{id}/decision'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/orders/{id}/decision'.post.responses", hasKey("412"))
                .body("paths.'/api/v1/orders/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/order-opportunities/{id}/assessment'.post.responses", hasKey("403"));
    }
}
