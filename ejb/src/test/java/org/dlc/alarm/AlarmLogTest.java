package org.dlc.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;
import org.dlc.handset.Ipei;
import org.dlc.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class AlarmLogTest {

    private static final Instant T0 = Instant.parse("2020-12-19T18:12:46.221429Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Lim LIM_1 = new Lim(1);
    private static final Ipei IPEI_A = Ipei.parse("00019 0592015 3");
    private static final Ipei IPEI_B = Ipei.of(19, 592016);

    private static AffectedHandset handset(String dir) {
        return new AffectedHandset(new DirectoryNumber(dir), LIM_1, IPEI_A);
    }

    private final InMemoryAlarmRepository repository = new InMemoryAlarmRepository();
    private final AlarmLog log = new AlarmLog(repository);

    @Test
    void a_rejected_registration_raises_alarm_12_as_the_specification_prints_it() {
        AlarmEvent event = log.registrationRejected(handset("311"), T0);

        assertEquals(AlarmEvent.Kind.RAISED, event.kind());
        AlarmSnapshot a = event.alarm();
        assertEquals(12, a.code());
        assertEquals(2, a.domain());
        assertEquals(1, a.severity());
        assertEquals(92, a.senderUnit());
        assertEquals(1, a.lim());
        assertEquals("Failed registration of third party DECT device due to missing third party license", a.explanation());
        assertEquals("Directory number =311", a.additionalText());
        assertEquals(1, a.count());
        assertEquals(T0, a.firstAt());
        assertEquals(T0, a.latestAt());
        assertFalse(a.noticed());
        assertEquals("311", a.directoryNumber(), "the affected handset, as fields of their own");
        assertEquals("00019 0592015 3", a.ipei());
    }

    @Test
    void repeated_rejections_of_the_same_extension_fold_into_count_and_latest_at() {
        AlarmEvent first = log.registrationRejected(handset("311"), T0);
        AlarmEvent again = log.registrationRejected(handset("311"), T1);

        assertEquals(AlarmEvent.Kind.REPEATED, again.kind());
        assertEquals(first.alarm().handle(), again.alarm().handle());
        assertEquals(2, again.alarm().count());
        assertEquals(T0, again.alarm().firstAt());
        assertEquals(T1, again.alarm().latestAt());
        assertEquals(1, repository.active().size());
    }

    @Test
    void a_repeat_names_the_handset_of_its_latest_occurrence() {
        log.registrationRejected(handset("311"), T0);
        AlarmEvent again = log.registrationRejected(new AffectedHandset(new DirectoryNumber("311"), LIM_1, IPEI_B), T1);
        assertEquals(IPEI_B.printed(), again.alarm().ipei(), "another handset subscribed on 311 since");
        assertEquals("Directory number =311", again.alarm().additionalText());
    }

    @Test
    void rejections_of_different_extensions_raise_separate_alarms() {
        long a = log.registrationRejected(handset("311"), T0).alarm().handle();
        long b = log.registrationRejected(handset("312"), T0).alarm().handle();
        assertTrue(a != b);
        assertEquals(2, repository.active().size());
    }

    @Test
    void after_a_clear_the_next_rejection_raises_a_new_alarm_12() {
        long first = log.registrationRejected(handset("311"), T0).alarm().handle();
        log.clear(first, T1);
        AlarmEvent next = log.registrationRejected(handset("311"), T1);
        assertEquals(AlarmEvent.Kind.RAISED, next.kind());
        assertTrue(next.alarm().handle() != first);
    }

    @Test
    void alarm_14_is_raised_once_for_the_first_identified_passive_handset() {
        Optional<AlarmEvent> first = log.passiveHandsetIdentified(handset("309"), T0);
        Optional<AlarmEvent> second = log.passiveHandsetIdentified(handset("310"), T1);

        assertTrue(first.isPresent());
        assertEquals(14, first.get().alarm().code());
        assertEquals("Having third party DECT device in system without third party license", first.get().alarm().explanation());
        assertEquals("Directory number =309", first.get().alarm().additionalText());
        assertTrue(second.isEmpty(), "no second alarm 14 while one is active");
        assertEquals(1, repository.active().size());
    }

    @Test
    void after_alarm_14_is_cleared_the_next_identification_raises_a_new_one() {
        long first = log.passiveHandsetIdentified(handset("309"), T0).orElseThrow().alarm().handle();
        AlarmEvent cleared = log.clear(first, T1).orElseThrow();
        Optional<AlarmEvent> again = log.passiveHandsetIdentified(handset("310"), T1);

        assertEquals(AlarmEvent.Kind.CLEARED, cleared.kind());
        assertFalse(cleared.alarm().active());
        assertTrue(again.isPresent());
        assertEquals("Directory number =310", again.get().alarm().additionalText());
        assertTrue(again.get().alarm().handle() != first);
    }

    @Test
    void clearing_an_already_cleared_alarm_changes_nothing_and_an_unknown_handle_is_an_error() {
        long handle = log.registrationRejected(handset("311"), T0).alarm().handle();
        assertTrue(log.clear(handle, T1).isPresent());
        assertTrue(log.clear(handle, T1).isEmpty());
        NotFoundException e = assertThrows(NotFoundException.class, () -> log.clear(999, T1));
        assertEquals("alarm handle 999 does not exist", e.getMessage());
    }

    @Test
    void the_history_lists_cleared_alarms_most_recently_cleared_first_up_to_its_size() {
        long a = log.registrationRejected(handset("311"), T0).alarm().handle();
        long b = log.registrationRejected(handset("312"), T0).alarm().handle();
        long c = log.registrationRejected(handset("313"), T0).alarm().handle();
        log.clear(b, T1);
        log.clear(a, T1.plusSeconds(1));
        assertEquals(List.of(a, b), log.recentlyCleared(10).stream().map(AlarmSnapshot::handle).toList());
        assertEquals(List.of(a), log.recentlyCleared(1).stream().map(AlarmSnapshot::handle).toList());
        assertEquals(List.of(), log.recentlyCleared(0));
        assertEquals(T1.plusSeconds(1), log.recentlyCleared(1).get(0).clearedAt());
        assertTrue(repository.find(c).orElseThrow().active(), "active alarms are not history");
    }

    @Test
    void an_alarm_can_be_marked_noticed() {
        long handle = log.registrationRejected(handset("311"), T0).alarm().handle();
        assertTrue(log.notice(handle).noticed());
    }
}
