package org.dlc.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.dlc.shared.InvalidInputException;

/**
 * Which audit records to list, newest first: by actor (exact), action, subject (contains), a time range
 * ({@code from} inclusive, {@code to} exclusive) and outcome, each optional; and a page.
 */
public record AuditQuery(String actor, AuditAction action, String subject, Instant from, Instant to,
                         AuditRecord.Outcome outcome, int offset, int limit) {

    /** A page of the list; an export takes up to {@link #MAX_LIMIT}. */
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        actor = blank(actor) ? null : actor.strip();
        subject = blank(subject) ? null : subject.strip();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after from (" + from + "), was " + to);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    /**
     * A filter as text, from a REST query or a page's fields (blank = any): the action by its id, the outcome as
     * {@code done} or {@code refused}, times as ISO-8601 instants; null offset 0, null limit {@code defaultLimit}.
     * @throws InvalidInputException naming the field and what it allows
     */
    public static AuditQuery parse(String actor, String action, String subject, String from, String to,
                                   String outcome, Integer offset, Integer limit, int defaultLimit) {
        return new AuditQuery(actor, blank(action) ? null : AuditAction.of("action", action.strip()), subject,
                instant("from", from), instant("to", to), outcome(outcome), offset == null ? 0 : offset,
                limit == null ? defaultLimit : limit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Instant instant(String field, String text) {
        try {
            return blank(text) ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a UTC time such as 2026-12-01T10:00:00Z, was '" + text + "'");
        }
    }

    private static AuditRecord.Outcome outcome(String text) {
        if (blank(text)) {
            return null;
        }
        return Arrays.stream(AuditRecord.Outcome.values()).filter(o -> o.name().equalsIgnoreCase(text.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException("outcome", "must be one of "
                        + Arrays.stream(AuditRecord.Outcome.values()).map(o -> o.name().toLowerCase())
                        .collect(Collectors.joining(", ")) + ", was '" + text + "'"));
    }

    /** The same filter, another page. */
    public AuditQuery page(int newOffset, int newLimit) {
        return new AuditQuery(actor, action, subject, from, to, outcome, newOffset, newLimit);
    }
}
