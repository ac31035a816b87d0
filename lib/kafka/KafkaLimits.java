package lib.kafka;

/** Size limits shared by the broker, the harness's topics and its clients (decisions A7). */
public final class KafkaLimits {
    /** Largest record a topic accepts: tests send records well above 64 MiB. */
    public static final int MAX_MESSAGE_BYTES = 300 * 1024 * 1024;
    /** Largest request or fetch: above {@link #MAX_MESSAGE_BYTES} so a batch around the largest record fits. */
    public static final int MAX_REQUEST_BYTES = 500 * 1024 * 1024;

    private KafkaLimits() {}
}
