package org.mscu.platform.problem;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSource.FlushMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

/**
 * After a connection is found broken (the database restarted or dropped it), every other connection the
 * pool holds was opened before that and is most likely broken too. Left in the pool, each would fail one
 * more request, one after another, long after the database is back; flushed, the next requests open
 * fresh ones.
 */
@ApplicationScoped
public class BrokenConnections {

    private static final Logger LOG = Logger.getLogger(BrokenConnections.class);

    private final Instance<AgroalDataSource> dataSource;

    BrokenConnections(Instance<AgroalDataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /** Closes the idle connections now and the ones in use when they come back (Agroal's graceful flush). */
    public void flushPool() {
        if (dataSource.isResolvable()) {
            dataSource.get().flush(FlushMode.GRACEFUL);
            LOG.info("Database connection found broken: the pool's connections are replaced");
        }
    }
}
