package org.dlc.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.alarm.AlarmEvent;
import org.dlc.alarm.AlarmEvent.Kind;
import org.dlc.alarm.AlarmSnapshot;
import org.junit.jupiter.api.Test;

/** Each change of an alarm is notified once, whether this server's event or a reading of the log brings it first. */
class AlarmTrackerTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static AlarmSnapshot alarm(long handle, int count, boolean noticed, boolean active) {
        AlarmDefinition d = AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED;
        return new AlarmSnapshot(handle, d.code(), d.domain(), d.severity(), 1, d.senderUnit(), d.text(),
                AlarmDefinition.additionalText("31" + handle), count, T, T.plusSeconds(count), noticed, active,
                "31" + handle, null, active ? null : T.plusSeconds(99));
    }

    private static List<Kind> kinds(List<AlarmEvent> events) {
        return events.stream().map(AlarmEvent::kind).toList();
    }

    @Test
    void an_event_already_learnt_from_the_log_is_not_notified_again() {
        AlarmTracker t = new AlarmTracker(List.of());
        assertEquals(List.of(Kind.RAISED), kinds(t.changesSince(t.reading(), List.of(alarm(1, 1, false, true)), h -> Optional.empty())));
        assertEquals(List.of(), t.accept(new AlarmEvent(Kind.RAISED, alarm(1, 1, false, true))), "the same raise");
        assertEquals(List.of(Kind.REPEATED), kinds(t.accept(new AlarmEvent(Kind.REPEATED, alarm(1, 2, false, true)))));
        assertEquals(List.of(), t.changesSince(t.reading(), List.of(alarm(1, 2, false, true)), h -> Optional.empty()),
                "the log says what the event said");
        assertEquals(List.of(), t.accept(new AlarmEvent(Kind.REPEATED, alarm(1, 2, false, true))), "late");
    }

    @Test
    void the_log_read_on_a_cluster_brings_the_other_nodes_repeats_notices_and_clears() {
        AlarmTracker t = new AlarmTracker(List.of(alarm(1, 1, false, true), alarm(2, 1, false, true)));
        assertEquals(List.of(Kind.REPEATED, Kind.NOTICED, Kind.RAISED, Kind.CLEARED), kinds(t.changesSince(t.reading(),
                List.of(alarm(1, 4, true, true), alarm(3, 1, false, true)),
                h -> h == 2 ? Optional.of(alarm(2, 1, false, false)) : Optional.empty())));
        List<AlarmEvent> clear = t.changesSince(t.reading(), List.of(alarm(3, 1, false, true)), h -> Optional.of(alarm(1, 4, true, false)));
        assertEquals(List.of(Kind.CLEARED), kinds(clear));
        assertEquals(T.plusSeconds(99), clear.get(0).alarm().clearedAt(), "the clear as the log has it");
        assertEquals(List.of(), t.accept(new AlarmEvent(Kind.CLEARED, alarm(1, 4, true, false))), "cleared once");
    }

    @Test
    void an_event_whose_thread_comes_after_the_clear_notifies_nothing() {
        AlarmTracker t = new AlarmTracker(List.of(alarm(1, 1, false, true)));
        assertEquals(List.of(Kind.CLEARED), kinds(t.accept(new AlarmEvent(Kind.CLEARED, alarm(1, 2, false, false)))));
        assertEquals(List.of(), t.accept(new AlarmEvent(Kind.REPEATED, alarm(1, 2, false, true))), "not raised again");
        assertEquals(List.of(), t.accept(new AlarmEvent(Kind.NOTICED, alarm(1, 2, true, true))));
        assertEquals(List.of(Kind.RAISED), kinds(t.accept(new AlarmEvent(Kind.RAISED, alarm(2, 1, false, true)))),
                "the next alarm");
    }

    @Test
    void an_older_count_than_known_is_stale() {
        AlarmTracker t = new AlarmTracker(List.of(alarm(1, 5, false, true)));
        assertEquals(List.of(), t.accept(new AlarmEvent(Kind.REPEATED, alarm(1, 4, false, true))));
        assertEquals(List.of(Kind.NOTICED), kinds(t.accept(new AlarmEvent(Kind.NOTICED, alarm(1, 5, true, true)))));
    }

    @Test
    void a_reading_begun_before_this_servers_raise_does_not_clear_it() {
        AlarmTracker t = new AlarmTracker(List.of());
        long before = t.reading();
        assertEquals(List.of(Kind.RAISED), kinds(t.accept(new AlarmEvent(Kind.RAISED, alarm(1, 1, false, true)))));
        assertEquals(List.of(), t.changesSince(before, List.of(), h -> Optional.empty()), "the reading missed it");
        assertEquals(List.of(), t.changesSince(t.reading(), List.of(alarm(1, 1, false, true)), h -> Optional.empty()),
                "the next reading has it: raised once");
    }

    @Test
    void a_reading_begun_before_this_servers_clear_does_not_raise_it_again() {
        AlarmTracker t = new AlarmTracker(List.of(alarm(1, 1, false, true)));
        long before = t.reading();
        assertEquals(List.of(Kind.CLEARED), kinds(t.accept(new AlarmEvent(Kind.CLEARED, alarm(1, 1, false, false)))));
        assertEquals(List.of(), t.changesSince(before, List.of(alarm(1, 1, false, true)), h -> Optional.empty()),
                "the reading still had it active");
        assertEquals(List.of(), t.changesSince(t.reading(), List.of(), h -> Optional.empty()), "cleared once");
    }

    @Test
    void what_the_other_nodes_changed_is_notified_by_a_reading_that_overlaps_this_servers_event() {
        AlarmTracker t = new AlarmTracker(List.of(alarm(1, 1, false, true)));
        long reading = t.reading();
        t.accept(new AlarmEvent(Kind.RAISED, alarm(2, 1, false, true)));
        assertEquals(List.of(Kind.REPEATED, Kind.RAISED), kinds(t.changesSince(reading,
                List.of(alarm(1, 2, false, true), alarm(3, 1, false, true)), h -> Optional.empty())));
    }
}
