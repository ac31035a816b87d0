package lib.runner;

import java.util.List;
import sun.misc.Signal;

/**
 * SIGINT (Ctrl-C), SIGTERM (a CI timeout, kill) and SIGHUP stop the run: the handler notes which signal came, so that
 * the closing line can name it, and then shuts the JVM down as the default handler would, with 128 + the signal's
 * number (130, 143, 129). A second signal during the teardown changes nothing; SIGKILL ends it.
 */
final class StopSignals {
    private StopSignals() {}

    static void install(RunStop stop) {
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    int code = 128 + signal.getNumber();
                    stop.interrupt("SIG" + signal.getName(), code);
                    System.exit(code);
                });
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal (-Xrs): its own handling stays.
            }
        }
    }
}
