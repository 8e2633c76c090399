package org.mscu.e2e;

import java.util.Arrays;
import java.util.stream.Stream;

/** One way into a service: through the gateway, or straight to the service (zero trust). */
public record Target(Service service, boolean throughGateway) {

    public String baseUrl() {
        return throughGateway ? Platform.gateway() : Platform.direct(service);
    }

    public static Stream<Target> throughTheGateway() {
        return Arrays.stream(Service.values()).map(service -> new Target(service, true));
    }

    public static Stream<Target> direct() {
        return Arrays.stream(Service.values()).map(service -> new Target(service, false));
    }

    public static Stream<Target> all() {
        return Stream.concat(throughTheGateway(), direct());
    }

    @Override
    public String toString() {
        return service.audience() + (throughGateway ? " through the gateway" : " directly");
    }
}
