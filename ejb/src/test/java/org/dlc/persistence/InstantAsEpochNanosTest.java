package org.dlc.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantAsEpochNanosTest {

    private final InstantAsEpochNanos converter = new InstantAsEpochNanos();

    @Test
    void keepsEveryNanosecond() {
        Instant t = Instant.parse("2022-03-10T16:15:50.123456789Z");
        assertEquals(1_646_928_950_123_456_789L, converter.convertToDatabaseColumn(t));
        assertEquals(t, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(t)));
    }

    @Test
    void keepsInstantsBeforeTheEpoch() {
        Instant t = Instant.parse("1969-12-31T23:59:59.999999999Z");
        assertEquals(-1L, converter.convertToDatabaseColumn(t));
        assertEquals(t, converter.convertToEntityAttribute(-1L));
    }

    @Test
    void ordersLikeTheInstants() {
        Instant earlier = Instant.parse("2026-11-26T10:00:00Z");
        Instant later = earlier.plusNanos(1);
        assertTrue(converter.convertToDatabaseColumn(earlier) < converter.convertToDatabaseColumn(later));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void refusesInstantsBeyondTheColumnRange() {
        assertThrows(ArithmeticException.class, () -> converter.convertToDatabaseColumn(Instant.parse("2263-01-01T00:00:00Z")));
    }
}
