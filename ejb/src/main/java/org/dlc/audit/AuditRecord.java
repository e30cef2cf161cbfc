package org.dlc.audit;

import java.time.Instant;

/**
 * One entry of the audit trail: who did what, when (UTC), from where, the state before and after, and whether it
 * was done or refused. Entries are only ever added. Texts longer than their column are cut (marked with "…"), so
 * a record never fails the change it belongs to; secrets never reach it (the callers describe them as "set").
 */
public class AuditRecord {

    public static final int ACTOR_LENGTH = 64;
    public static final int ADDRESS_LENGTH = 64;
    public static final int SUBJECT_LENGTH = 128;
    public static final int STATE_LENGTH = 2000;

    /** Done: the change committed with this record. Refused: nothing changed (a login, a missing permission). */
    public enum Outcome { DONE, REFUSED }

    private long id;
    private Instant at;
    private String actor;
    private String address;
    private AuditAction action;
    private String subject;
    private String before;
    private String after;
    private Outcome outcome;

    protected AuditRecord() {
        // for JPA
    }

    private AuditRecord(Instant at, String actor, String address, AuditAction action, String subject, String before,
                        String after, Outcome outcome) {
        this.at = at;
        this.actor = cut(actor, ACTOR_LENGTH);
        this.address = cut(address, ADDRESS_LENGTH);
        this.action = action;
        this.subject = cut(subject, SUBJECT_LENGTH);
        this.before = cut(before, STATE_LENGTH);
        this.after = cut(after, STATE_LENGTH);
        this.outcome = outcome;
    }

    /** A change, from {@code before} (null: it did not exist) to {@code after} (null: it no longer exists). */
    public static AuditRecord done(Instant at, String actor, String address, AuditAction action, String subject,
                                   String before, String after) {
        return new AuditRecord(at, actor, address, action, subject, before, after, Outcome.DONE);
    }

    /** A refusal; {@code reason} says why (it is kept as the "after" text). */
    public static AuditRecord refused(Instant at, String actor, String address, AuditAction action, String subject,
                                      String reason) {
        return new AuditRecord(at, actor, address, action, subject, null, reason, Outcome.REFUSED);
    }

    /** Keeps what a column holds, printable: control characters (a forged name's line breaks) become spaces. */
    static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String printable = text.replaceAll("\\p{Cntrl}", " ");
        return printable.length() <= length ? printable : printable.substring(0, length - 1) + "…";
    }

    public long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String address() {
        return address;
    }

    public AuditAction action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public Outcome outcome() {
        return outcome;
    }
}
