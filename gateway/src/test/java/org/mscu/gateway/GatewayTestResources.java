package org.mscu.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** All gateway tests share one application started against the fake upstreams. */
@QuarkusTestResource(FakeUpstreams.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
