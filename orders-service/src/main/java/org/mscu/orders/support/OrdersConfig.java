package org.mscu.orders.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The orders service's own settings, with their defaults (environment variables override them). */
@ConfigMapping(prefix = "mscu.orders")
public interface OrdersConfig {

    Expiry expiry();

    interface Expiry {

        /** How far ahead {@code order.expiring} is published (days before the order's last day). */
        @WithDefault("90")
        int warningDays();

        /** How often the scan runs ({@code off} disables the timer; the job is still callable). */
        @WithDefault("1h")
        String every();

        /** At most this many orders handled per scan and kind. */
        @WithDefault("500")
        int batchSize();
    }
}
