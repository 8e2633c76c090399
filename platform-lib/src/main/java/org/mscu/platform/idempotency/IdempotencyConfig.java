package org.mscu.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code mscu.idempotency.*}: how long keys live and when a stuck claim may be taken over. */
@ConfigMapping(prefix = "mscu.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its stored response are kept (and replayed). */
    @WithDefault("PT24H")
    Duration ttl();

    /** After this long an unfinished claim counts as abandoned (a crashed instance) and may be retried. */
    @WithDefault("PT2M")
    Duration inProgressTimeout();

    /** How often expired keys are purged (a scheduler interval, e.g. {@code 15m}). */
    @WithDefault("15m")
    String purgeEvery();
}
