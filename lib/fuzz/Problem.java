package lib.fuzz;

/**
 * A writer that failed the check after a batch: it died ({@link Kind#CRASH}) or is alive but stopped doing its job
 * ({@link Kind#HANG}: no status, no answer to a valid start, a job that never ends, a file that never closes).
 *
 * @param writer the writer (1..N), or 0 when it could not be told which
 */
record Problem(Kind kind, int writer, String description) {
    enum Kind {
        CRASH,
        HANG
    }

    static Problem crash(int writer, String description) {
        return new Problem(Kind.CRASH, writer, description);
    }

    static Problem hang(int writer, String description) {
        return new Problem(Kind.HANG, writer, description);
    }

    /** "CRASH of writer 1: ...", the line a run reports it with. */
    String headline() {
        return (kind == Kind.CRASH ? "CRASH" : "HANG") + (writer == 0 ? "" : " of writer " + writer) + ": "
                + description;
    }

    String describe() {
        return (kind == Kind.CRASH ? "crash" : "hang") + (writer == 0 ? "" : " of writer " + writer) + ": "
                + description;
    }
}
