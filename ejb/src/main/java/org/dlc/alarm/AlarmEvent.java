package org.dlc.alarm;

/**
 * Published in-process when the alarm log changes, after the change is committed, so that notifiers
 * (SNMP) can follow the log without the rules knowing about them.
 */
public record AlarmEvent(Kind kind, AlarmSnapshot alarm) {

    public enum Kind {
        RAISED,
        /** An active alarm occurred again: count and latest at changed. */
        REPEATED,
        CLEARED,
        /** An operator marked the alarm noticed (alarm log and SNMP table show it). */
        NOTICED,
        /** Carried over by an import: the table shows it; nothing happened now, so nothing is notified. */
        RESTORED
    }
}
