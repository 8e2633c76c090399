package org.mscu.victim.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How victim-service fetches an accepted referral from referral-service with its own token
 * (application.properties names the environment variables).
 */
@ConfigMapping(prefix = "mscu.victims.intake")
public interface IntakeConfig {

    /** Base URL of referral-service. */
    String referralServiceUrl();

    /** Longest wait for referral-service or the token endpoint, connecting and answering. */
    @WithDefault("5s")
    Duration timeout();

    /** This service's own confidential client (client-credentials grant). */
    ServiceClient serviceClient();

    interface ServiceClient {

        /** Client id in the realm. */
        String id();

        /** Client secret; a development default only, set it from a Secret anywhere else. */
        String secret();

        /** The realm's token endpoint. */
        String tokenUrl();
    }
}
