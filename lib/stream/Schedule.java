package lib.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The messages of several sources merged into one stream in time order (ties in the order the sources were
 * given), so each source's messages go out in its own order and all sources advance together.
 */
public final class Schedule {
    private final List<MessageSource> sources;
    private final PriorityQueue<Entry> queue =
            new PriorityQueue<>(Comparator.comparingLong(Entry::timeNs).thenComparingInt(Entry::order));
    private final long total;
    private long taken;

    private record Entry(long timeNs, int order, MessageSource source) {}

    public Schedule(List<? extends MessageSource> sources) {
        this.sources = List.copyOf(sources);
        long count = 0;
        for (int i = 0; i < this.sources.size(); i++) {
            enqueue(i, this.sources.get(i));
            count += this.sources.get(i).count();
        }
        total = count;
    }

    private void enqueue(int order, MessageSource source) {
        if (source.hasNext()) {
            queue.add(new Entry(source.nextTimeNs(), order, source));
        }
    }

    public List<MessageSource> sources() {
        return sources;
    }

    public List<SourceSpec> specs() {
        return sources.stream().map(MessageSource::spec).toList();
    }

    /** How many messages the schedule holds in all (taken or not). */
    public long total() {
        return total;
    }

    /** How many have been taken. */
    public long taken() {
        return taken;
    }

    public boolean hasNext() {
        return !queue.isEmpty();
    }

    /** The data time of the next message; only while {@link #hasNext()}. */
    public long nextTimeNs() {
        return queue.element().timeNs();
    }

    public TimedMessage next() {
        Entry entry = queue.remove();
        TimedMessage message =
                new TimedMessage(entry.source().spec().topic(), entry.source().next());
        taken++;
        enqueue(entry.order(), entry.source());
        return message;
    }

    /**
     * Takes the first message of every source, e.g. to publish them before a run start: a writer whose time lookup
     * finds no record starts at the topic's end, late, and never reads what came in between (protocol.md §6.1).
     */
    public List<TimedMessage> takeFirstOfEachSource() {
        List<Entry> firsts = new ArrayList<>(queue);
        firsts.sort(queue.comparator());
        queue.clear();
        List<TimedMessage> taken = new ArrayList<>();
        for (Entry entry : firsts) {
            taken.add(new TimedMessage(
                    entry.source().spec().topic(), entry.source().next()));
            this.taken++;
            enqueue(entry.order(), entry.source());
        }
        return taken;
    }

    /** The earliest message time of all sources (0 when there are none). */
    public long firstTimeNs() {
        return sources.stream()
                .filter(s -> s.count() > 0)
                .mapToLong(MessageSource::firstTimeNs)
                .min()
                .orElse(0);
    }

    /** The latest message time of all sources. */
    public long lastTimeNs() {
        return sources.stream()
                .filter(s -> s.count() > 0)
                .mapToLong(MessageSource::lastTimeNs)
                .max()
                .orElse(0);
    }
}
