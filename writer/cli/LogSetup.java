package writer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/** Routes System.Logger (backed by java.util.logging) to stdout, and to --log-file if given, one line per record. */
final class LogSetup {
    /** Held strongly: java.util.logging keeps only weak references to configured loggers. */
    private static final Logger WRITER = Logger.getLogger("writer");

    private LogSetup() {}

    static void configure(Verbosity verbosity, Path logFileOrNull) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        RetainingLogManager.markConfigured();
        // Debug and Trace are for the writer's own loggers; the JDK's would flood the log.
        root.setLevel(verbosity.julLevel.intValue() < Level.INFO.intValue() ? Level.INFO : verbosity.julLevel);
        WRITER.setLevel(verbosity.julLevel);
        root.addHandler(handler(new StdoutHandler(), verbosity));
        if (logFileOrNull != null) {
            try {
                root.addHandler(handler(new FileHandler(logFileOrNull.toString(), true), verbosity));
            } catch (IOException e) {
                throw new IllegalArgumentException("--log-file " + logFileOrNull + ": " + e.getMessage());
            }
        }
    }

    private static Handler handler(Handler handler, Verbosity verbosity) {
        handler.setLevel(verbosity.julLevel);
        handler.setFormatter(new OneLine());
        return handler;
    }

    /** A ConsoleHandler writes to stderr; the writer's log belongs on stdout, flushed per record. */
    private static final class StdoutHandler extends StreamHandler {
        StdoutHandler() {
            super(System.out, new OneLine());
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }

        @Override
        public synchronized void close() {
            flush();
        }
    }

    private static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

        @Override
        public String format(LogRecord record) {
            String name = record.getLoggerName() == null ? "" : record.getLoggerName();
            String text = TIME.format(Instant.ofEpochMilli(record.getMillis())) + " " + level(record.getLevel())
                    + " [" + name.substring(name.lastIndexOf('.') + 1) + "] " + formatMessage(record)
                    + System.lineSeparator();
            if (record.getThrown() != null) {
                text += record.getThrown() + System.lineSeparator();
            }
            return text;
        }

        private static String level(Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (level.intValue() >= Level.WARNING.intValue()) {
                return "WARN ";
            }
            if (level.intValue() >= Level.INFO.intValue()) {
                return "INFO ";
            }
            return level.intValue() >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
        }
    }
}
