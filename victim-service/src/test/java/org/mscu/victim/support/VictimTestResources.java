package org.mscu.victim.support;

import io.quarkus.test.common.QuarkusTestResource;

/** All victim-service tests share one application, started against the referral-service stub. */
@QuarkusTestResource(ReferralServiceStub.class)
public final class VictimTestResources {

    private VictimTestResources() {
    }
}
