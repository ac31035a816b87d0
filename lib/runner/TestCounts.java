package lib.runner;

/** How many tests of a run passed, failed and were skipped (deselected invocations are not counted). */
record TestCounts(long passed, long failed, long skipped) {
    static final TestCounts NONE = new TestCounts(0, 0, 0);

    boolean nothingRan() {
        return passed + failed == 0;
    }

    @Override
    public String toString() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
