package lib.fuzz;

/** One message of a batch with the answer promised to it. */
record Expected(FuzzInput input, Expectation expectation) {}
