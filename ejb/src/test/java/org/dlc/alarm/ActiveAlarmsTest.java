package org.dlc.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;
import org.dlc.handset.Ipei;
import org.junit.jupiter.api.Test;

/** The alarms known to be active follow the log's committed changes; what they do not know goes to the log. */
class ActiveAlarmsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final AffectedHandset DIR_311 = handset("311");
    private static final AffectedHandset DIR_312 = handset("312");

    private static AffectedHandset handset(String dir) {
        return new AffectedHandset(new DirectoryNumber(dir), new Lim(1), Ipei.of(12345, Integer.parseInt(dir)));
    }

    private final InMemoryAlarmRepository repository = new InMemoryAlarmRepository();
    private final AlarmLog log = new AlarmLog(repository);
    private final ActiveAlarms active = new ActiveAlarms();

    @Test
    void before_it_is_loaded_it_knows_no_alarm_so_every_registration_reads_the_log() {
        active.changed(log.registrationRejected(DIR_311, T0));
        active.changed(log.passiveHandsetIdentified(DIR_312, T0).orElseThrow());

        assertEquals(OptionalLong.empty(), active.registrationFailed(DIR_311));
        assertFalse(active.passiveHandsetKnown());

        active.load(List.of());
        assertTrue(active.registrationFailed(DIR_311).isPresent(), "what came while loading is kept");
        assertTrue(active.passiveHandsetKnown());
    }

    @Test
    void it_knows_the_active_alarm_12_of_each_extension_by_its_handle() {
        long existing = log.registrationRejected(DIR_311, T0).alarm().handle();
        active.load(repository.active().stream().map(Alarm::snapshot).toList());
        long raised = log.registrationRejected(DIR_312, T0).alarm().handle();
        active.changed(log.registrationRejected(DIR_312, T0));

        assertEquals(OptionalLong.of(existing), active.registrationFailed(DIR_311));
        assertEquals(OptionalLong.of(raised), active.registrationFailed(DIR_312));
        assertEquals(OptionalLong.empty(), active.registrationFailed(handset("313")));
        assertFalse(active.passiveHandsetKnown());
    }

    @Test
    void a_cleared_alarm_is_forgotten_and_the_next_rejection_raises_a_new_one_through_the_log() {
        active.load(List.of());
        long first = log.registrationRejected(DIR_311, T0).alarm().handle();
        active.changed(log.registrationRejected(DIR_311, T0));
        AlarmEvent cleared = log.clear(first, T0.plusSeconds(1)).orElseThrow();
        active.forget(cleared.alarm());

        assertEquals(OptionalLong.empty(), active.registrationFailed(DIR_311));
        active.changed(cleared);
        assertEquals(OptionalLong.empty(), active.registrationFailed(DIR_311), "the committed clear again");

        AlarmEvent second = log.registrationRejected(DIR_311, T0.plusSeconds(2));
        assertEquals(AlarmEvent.Kind.RAISED, second.kind());
        active.changed(second);
        assertEquals(OptionalLong.of(second.alarm().handle()), active.registrationFailed(DIR_311));
    }

    @Test
    void forgetting_an_older_alarm_leaves_the_newer_one_of_the_same_extension() {
        active.load(List.of());
        long first = log.registrationRejected(DIR_311, T0).alarm().handle();
        AlarmEvent cleared = log.clear(first, T0.plusSeconds(1)).orElseThrow();
        AlarmEvent raised = log.registrationRejected(DIR_311, T0.plusSeconds(2));
        active.changed(raised);

        active.forget(cleared.alarm());
        active.forgetRegistrationFailed(DIR_311, first);

        assertEquals(OptionalLong.of(raised.alarm().handle()), active.registrationFailed(DIR_311));
    }

    @Test
    void an_event_that_comes_after_its_alarms_clear_changes_nothing() {
        active.load(List.of());
        AlarmEvent raised = log.registrationRejected(DIR_311, T0);
        AlarmEvent repeated = log.registrationRejected(DIR_311, T0.plusSeconds(1));
        AlarmEvent cleared = log.clear(raised.alarm().handle(), T0.plusSeconds(2)).orElseThrow();

        active.forget(cleared.alarm());
        active.changed(cleared);
        active.changed(repeated); // its thread came late
        active.changed(raised);
        assertEquals(OptionalLong.empty(), active.registrationFailed(DIR_311));

        AlarmEvent next = log.registrationRejected(DIR_311, T0.plusSeconds(3));
        active.changed(next);
        active.changed(repeated);
        assertEquals(OptionalLong.of(next.alarm().handle()), active.registrationFailed(DIR_311),
                "an older alarm's late event does not replace the newer one");

        AlarmEvent passive = log.passiveHandsetIdentified(DIR_312, T0).orElseThrow();
        AlarmEvent passiveCleared = log.clear(passive.alarm().handle(), T0.plusSeconds(1)).orElseThrow();
        active.changed(passiveCleared);
        active.changed(passive);
        assertFalse(active.passiveHandsetKnown());
    }

    @Test
    void alarm_14_is_known_while_one_is_active() {
        active.load(List.of());
        AlarmEvent raised = log.passiveHandsetIdentified(DIR_311, T0).orElseThrow();
        active.changed(raised);
        assertTrue(active.passiveHandsetKnown());

        active.changed(log.clear(raised.alarm().handle(), T0.plusSeconds(1)).orElseThrow());
        assertFalse(active.passiveHandsetKnown());
    }
}
