// Fixture source: the plan test changes this file to see the build step redone.
int answer() { return 42; }
