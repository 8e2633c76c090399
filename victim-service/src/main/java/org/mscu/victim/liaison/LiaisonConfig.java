package org.mscu.victim.liaison;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Liaison settings (application.properties documents the environment variables). */
@ConfigMapping(prefix = "mscu.victims.liaison")
public interface LiaisonConfig {

    /**
     * Whether a victim recorded from an accepted referral gets the best candidate with room assigned
     * at once, instead of a proposal a coordinator confirms.
     */
    @WithDefault("false")
    boolean autoAssign();
}
