package lib.fuzz;

/**
 * An answer that is not the one protocol.md promises: a missing answ, an answ where the protocol says the message
 * is dropped silently, a wrong status code, or an answ to nothing the fuzzer sent.
 *
 * @param input the input it belongs to, or null for an answ no input explains
 */
record Deviation(FuzzInput input, String description) {
    String describe() {
        return (input == null ? "(no input)" : input.describe()) + "\n      " + description;
    }
}
