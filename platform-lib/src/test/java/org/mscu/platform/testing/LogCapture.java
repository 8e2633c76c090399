package org.mscu.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Captures what a logger writes during a test, e.g. to check that a denial is logged or that no
 * personal data reaches the log: {@code try (LogCapture log = LogCapture.of(Foo.class)) { ... }}.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        logger.addHandler(this);
    }

    public static LogCapture of(Class<?> loggingClass) {
        return new LogCapture(Logger.getLogger(loggingClass.getName()));
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The formatted messages, parameters filled in. */
    public List<String> messages() {
        return records.stream().map(record -> record instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                : record.getMessage()).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
