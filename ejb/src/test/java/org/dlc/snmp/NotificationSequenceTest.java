package org.dlc.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationSequenceTest {

    private final List<Long> reservations = new ArrayList<>();

    @Test
    void numbers_are_reserved_in_blocks_before_they_are_sent() {
        NotificationSequence s = new NotificationSequence(reservations::add);
        assertEquals(0, s.latest(), "none yet");
        assertEquals(1, s.next());
        assertEquals(List.of(100L), reservations, "1..100 reserved before 1 is sent");
        for (int i = 2; i <= 100; i++) {
            assertEquals(i, s.next());
        }
        assertEquals(List.of(100L), reservations);
        assertEquals(101, s.next());
        assertEquals(List.of(100L, 200L), reservations);
    }

    @Test
    void an_agent_starting_after_another_continues_after_everything_it_may_have_sent() {
        NotificationSequence restarted = new NotificationSequence(reservations::add);
        restarted.continueAfter(200);
        assertEquals(201, restarted.next(), "the earlier agent may have sent up to 200");
        restarted.continueAfter(200);
        assertEquals(202, restarted.next(), "its own reservation: no jump at a restart in the same server");
    }

    @Test
    void a_failed_reservation_sends_the_number_and_tries_again_with_the_next() {
        int[] calls = {0};
        NotificationSequence s = new NotificationSequence(upTo -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("database down");
            }
            reservations.add(upTo);
        });
        assertEquals(1, s.next());
        assertEquals(2, s.next());
        assertEquals(List.of(101L), reservations);
    }

    @Test
    void on_the_wire_it_is_an_unsigned32_that_wraps_to_1() {
        assertEquals(4_294_967_295L, NotificationSequence.onTheWire(4_294_967_295L));
        assertEquals(1, NotificationSequence.onTheWire(4_294_967_296L));
        assertEquals(0, NotificationSequence.onTheWire(0));
    }
}
