
import java.util.Locale;

/**
 * A job's memory: the peak heap used (jstat samples and the sizes before each collection) and the largest heap left
 * after a collection (what the job retained), each -1 when nothing saw it; the largest old generation and heap size
 * sampled. For a writer that is not a JVM, only the peak resident set is known ({@code rssOnly}).
 */
record HeapPeak(
        double usedMb,
        double afterGcMb,
        double oldMb,
        double capacityMb,
        int samples,
        int collections,
        boolean rssOnly) {
    static final HeapPeak UNKNOWN = new HeapPeak(-1, -1, 0, 0, 0, 0, true);

    static HeapPeak rss(double peakMb, int samples) {
        return new HeapPeak(samples == 0 ? -1 : peakMb, -1, 0, 0, samples, 0, true);
    }

    String used() {
        return megabytes(usedMb);
    }

    String afterGc() {
        return megabytes(afterGcMb);
    }

    /** "used/after GC MB" for a JVM, "RSS n MB" otherwise. */
    String brief() {
        return rssOnly ? "RSS " + used() + " MB" : used() + "/" + afterGc() + " MB";
    }

    private static String megabytes(double mb) {
        return mb < 0 ? "-" : String.format(Locale.ROOT, "%.0f", mb);
    }

    String describe() {
        if (rssOnly) {
            return "peak resident set " + used() + " MB (" + samples + " samples; not a JVM the benchmark can see)";
        }
        return String.format(
                Locale.ROOT,
                "%s MB used, %s MB after GC (old gen %.0f MB, heap size %.0f MB; %d jstat samples, %d collections)",
                used(),
                afterGc(),
                oldMb,
                capacityMb,
                samples,
                collections);
    }
}
