package selftests.stream;

import java.util.ArrayList;
import java.util.List;
import lib.stream.MessageSource;
import lib.wire.EventData;

/** Every message an event source still has, in order. */
final class EventMessages {
    private EventMessages() {}

    static List<EventData> of(MessageSource source) {
        List<EventData> messages = new ArrayList<>();
        while (source.hasNext()) {
            messages.add((EventData) source.next());
        }
        return messages;
    }
}
