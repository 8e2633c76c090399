package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every service answers an authorized caller, through the gateway and directly: a record
 * nobody created is a 404 problem (not a 401, not a gateway error).
 */
class RoutingIT {

    static Stream<Target> targets() {
        return Target.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void authorizedReaderGetsNotFoundProblemForUnknownRecord(Target target) {
        Service service = target.service();

        Problems.assertProblem(given().header("Authorization", Tokens.bearer(service.reader()))
                .get(target.baseUrl() + service.unknownRecordPath())
                .then(), 404);
    }
}
