package lib.fuzz;

/** One mutated message: what was done to it, in words, and its bytes. */
record Mutant(MutationKind kind, String description, byte[] bytes) {}
