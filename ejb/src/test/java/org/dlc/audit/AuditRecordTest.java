package org.dlc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The audit trail's records, filters and CSV. */
class AuditRecordTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123Z");

    @Test
    void a_change_keeps_who_when_where_what_and_the_states() {
        AuditRecord r = AuditRecord.done(AT, "alice", "127.0.0.1", AuditAction.EXTENSION_CHANGE, "extension 6014",
                "LIM 1, CSP 0, third-party client no", "LIM 1, CSP 0, third-party client yes");
        assertEquals(List.of("alice", "127.0.0.1", "extension.change", "extension 6014",
                        "LIM 1, CSP 0, third-party client no", "LIM 1, CSP 0, third-party client yes", "DONE"),
                List.of(r.actor(), r.address(), r.action().id(), r.subject(), r.before(), r.after(),
                        r.outcome().name()));
        assertEquals(AT, r.at());
    }

    @Test
    void a_refusal_keeps_its_reason_and_no_before() {
        AuditRecord r = AuditRecord.refused(AT, "mallory", "10.0.0.9", AuditAction.LOGIN_REFUSED, "HTTP Basic",
                "wrong name or password");
        assertNull(r.before());
        assertEquals("wrong name or password", r.after());
        assertEquals(AuditRecord.Outcome.REFUSED, r.outcome());
    }

    @Test
    void a_forged_name_is_cut_to_its_column_and_loses_its_line_breaks() {
        String name = "evil\nadmin\tDONE" + "x".repeat(100);
        AuditRecord r = AuditRecord.refused(AT, name, "::1", AuditAction.LOGIN_REFUSED, "form", "wrong name or password");
        assertEquals(AuditRecord.ACTOR_LENGTH, r.actor().length());
        assertEquals("evil admin DONE" + "x".repeat(48) + "…", r.actor());
    }

    @Test
    void actions_have_stable_names_and_an_unknown_one_is_refused_naming_the_field() {
        assertEquals(AuditAction.LICENSE_SEIZE, AuditAction.of("action", "license.seize"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AuditAction.of("action", "seize"));
        assertEquals("action", e.field());
        assertEquals(true, e.reason().startsWith("must be one of extension.create, extension.change,"), e.reason());
        assertEquals(true, e.reason().endsWith(", was 'seize'"), e.reason());
    }

    @Test
    void a_filter_names_the_bad_field() {
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> new AuditQuery(null, null, null, null, null, null, 0, 0)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> new AuditQuery(null, null, null, null, null, null, 0, AuditQuery.MAX_LIMIT + 1)).field());
        assertEquals("offset", assertThrows(InvalidInputException.class,
                () -> new AuditQuery(null, null, null, null, null, null, -1, 10)).field());
        InvalidInputException range = assertThrows(InvalidInputException.class,
                () -> new AuditQuery(null, null, null, AT, AT, null, 0, 10));
        assertEquals("to: must be after from (2026-12-01T10:15:30.123Z), was 2026-12-01T10:15:30.123Z",
                range.getMessage());
        AuditQuery q = new AuditQuery("  ", null, " 6014 ", null, null, null, 0, 10);
        assertNull(q.actor());
        assertEquals("6014", q.subject());
    }

    @Test
    void the_csv_has_one_line_per_record_and_no_cell_a_spreadsheet_would_run() {
        AuditRecord login = AuditRecord.refused(AT, "=HYPERLINK(\"x\")", "10.0.0.9", AuditAction.LOGIN_REFUSED,
                "HTTP Basic", "wrong name or password");
        AuditRecord seize = AuditRecord.done(AT, "op", "127.0.0.1", AuditAction.LICENSE_SEIZE, "extension 6014",
                "used 0 of 2", "used 1 of 2");
        assertEquals("""
                id,at,actor,address,action,subject,before,after,outcome\r
                0,2026-12-01T10:15:30.123Z,"'=HYPERLINK(""x"")",10.0.0.9,login.refused,HTTP Basic,,wrong name or password,refused\r
                0,2026-12-01T10:15:30.123Z,op,127.0.0.1,license.seize,extension 6014,used 0 of 2,used 1 of 2,done\r
                """, AuditCsv.write(List.of(login, seize)));
    }
}
