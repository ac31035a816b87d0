package lib.runner;

/** How many tests of a run passed, failed and were skipped (deselected invocations are not counted). */
record TestCounts(long passed, long failed, long skipped) {

    @Override
    public String toString() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
