package org.dlc.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;
import org.dlc.handset.Ipei;
import org.junit.jupiter.api.Test;

/**
 * Repeated rejections counted in memory reach their alarm 12 as if each had been recorded on its own: the count
 * grows by each, the latest time and handset are the latest one's.
 */
class RepeatedRejectionsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final Ipei IPEI_A = Ipei.of(12345, 1);
    private static final Ipei IPEI_B = Ipei.of(12345, 2);

    private static AffectedHandset handset(String dir, Ipei ipei) {
        return new AffectedHandset(new DirectoryNumber(dir), new Lim(1), ipei);
    }

    private final InMemoryAlarmRepository repository = new InMemoryAlarmRepository();
    private final AlarmLog log = new AlarmLog(repository);
    private final RepeatedRejections repeats = new RepeatedRejections();

    @Test
    void repeats_counted_in_memory_add_to_the_count_with_the_latest_time_and_handset() {
        long handle = log.registrationRejected(handset("311", IPEI_A), T0).alarm().handle();
        repeats.count(handle, handset("311", IPEI_A), T0.plusSeconds(1));
        repeats.count(handle, handset("311", IPEI_B), T0.plusSeconds(3));
        repeats.count(handle, handset("311", IPEI_A), T0.plusSeconds(2));

        List<RepeatedRejections.Repeats> drained = repeats.drain();
        assertEquals(1, drained.size());
        AlarmEvent event = log.registrationsRejected(drained.get(0)).orElseThrow();

        assertEquals(AlarmEvent.Kind.REPEATED, event.kind());
        assertEquals(4, event.alarm().count(), "the raise and three repeats");
        assertEquals(T0, event.alarm().firstAt());
        assertEquals(T0.plusSeconds(3), event.alarm().latestAt());
        assertEquals(IPEI_B.printed(), event.alarm().ipei(), "the handset of the latest occurrence");
        assertTrue(repeats.isEmpty());
    }

    @Test
    void a_batch_comes_in_the_order_of_the_handles_one_entry_per_alarm() {
        repeats.count(7, handset("317", IPEI_A), T0);
        repeats.count(3, handset("313", IPEI_A), T0);
        repeats.count(7, handset("317", IPEI_A), T0.plusSeconds(1));

        assertEquals(List.of(3L, 7L), repeats.drain().stream().map(RepeatedRejections.Repeats::handle).toList());
        assertEquals(List.of(), repeats.drain());
    }

    @Test
    void what_could_not_be_stored_is_counted_again_with_what_came_since() {
        repeats.count(3, handset("313", IPEI_A), T0);
        List<RepeatedRejections.Repeats> failed = repeats.drain();
        repeats.count(3, handset("313", IPEI_B), T0.plusSeconds(5));
        repeats.undrain(failed);

        RepeatedRejections.Repeats r = repeats.drain().get(0);
        assertEquals(2, r.times());
        assertEquals(T0.plusSeconds(5), r.latestAt());
        assertEquals(IPEI_B, r.latest().ipei());
    }

    @Test
    void repeats_of_an_alarm_cleared_meanwhile_are_not_counted_in_it() {
        long handle = log.registrationRejected(handset("311", IPEI_A), T0).alarm().handle();
        repeats.count(handle, handset("311", IPEI_A), T0.plusSeconds(1));
        log.clear(handle, T0.plusSeconds(2));

        assertEquals(Optional.empty(), log.registrationsRejected(repeats.drain().get(0)));
        assertEquals(1, repository.find(handle).orElseThrow().count());
    }
}
