package org.mscu.victim.rota;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Rota settings (environment: MSCU_ROTA_...). */
@ConfigMapping(prefix = "mscu.rota")
public interface RotaConfig {

    /** How far ahead the scheduled check looks for gaps. */
    @WithDefault("72h")
    Duration lookAhead();

    /** How often the scheduled check runs (a Quarkus scheduler interval). */
    @WithDefault("15m")
    String checkEvery();

    /** Widest window {@code coverage} answers for. */
    @WithDefault("31d")
    Duration maxCoverageWindow();
}
