package org.mscu.platform.schema;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date at start, as the owner role: first the platform's own tables
 * (audit log, idempotency records, outbox) from {@code db/platform} with their own history table,
 * then the service's migrations from {@code db/migration}. Keeping two histories lets the library
 * add a migration without clashing with the versions of any service.
 */
@Singleton
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    private final Flyway serviceFlyway;
    private final boolean cleanAtStart;

    SchemaMigration(Flyway serviceFlyway,
                    @ConfigProperty(name = "mscu.schema.clean-at-start", defaultValue = "false") boolean cleanAtStart) {
        this.serviceFlyway = serviceFlyway;
        this.cleanAtStart = cleanAtStart;
    }

    // Ahead of every other start observer, the scheduler's included (it starts at PLATFORM_BEFORE and
    // runs an interval job at once): no job may query a table the migrations have yet to create.
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event) {
        if (cleanAtStart) {
            LOG.warn("Cleaning the schema at start (test profile)");
            serviceFlyway.clean();
        }
        var service = serviceFlyway.getConfiguration();
        Flyway platform = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(service.getDataSource())
                .placeholders(service.getPlaceholders())
                .cleanDisabled(true)
                .locations("classpath:db/platform")
                .table("platform_schema_history")
                .baselineOnMigrate(false)
                .load();
        platform.migrate();
        serviceFlyway.migrate();
    }
}
