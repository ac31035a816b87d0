/**
 * The harness's one wait facade over Awaitility: every wait is a named condition with a deadline, and its timeout
 * says what was awaited, how long, and what was last seen ({@link lib.waits.Waits}, {@link lib.waits.Wait}).
 * Observation windows and paced steps wait for the clock through it as well. No sleeps.
 */
package lib.waits;
