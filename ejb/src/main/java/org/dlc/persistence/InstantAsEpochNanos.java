package org.dlc.persistence;

import jakarta.persistence.AttributeConverter;
import java.time.Instant;

/**
 * Stores every {@link Instant} as nanoseconds since the epoch (BIGINT). Persistence 3.1 has no mapping for
 * Instant, so EclipseLink would serialize it into a BLOB, which Derby can neither index nor sort; a Derby
 * TIMESTAMP has no zone and would shift with the server's time zone. A long is exact, zone-free and ordered
 * (it covers the years 1678 to 2262).
 */
public class InstantAsEpochNanos implements AttributeConverter<Instant, Long> {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        if (instant == null) {
            return null;
        }
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    @Override
    public Instant convertToEntityAttribute(Long nanos) {
        return nanos == null ? null : Instant.ofEpochSecond(0, nanos);
    }
}
