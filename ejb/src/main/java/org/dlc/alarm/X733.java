package org.dlc.alarm;

/**
 * The ITU-T X.733 alarm fields an NMS files alarms by, with the numbers of RFC 3877's textual conventions
 * (IANAItuEventType, IANAItuProbableCause of IANA-ITU-ALARM-TC-MIB; ItuPerceivedSeverity of ITU-ALARM-TC-MIB).
 * Only the values DLC's alarms use are listed; a test compares names and numbers with those MIB modules.
 */
public final class X733 {

    private X733() {
    }

    public enum EventType {
        /** X.733 processing error: here, the system is configured short of what its handsets need. */
        PROCESSING_ERROR_ALARM(4, "processingErrorAlarm"),
        /** X.736: the requested service (a location registration) could not be provided. */
        OPERATIONAL_VIOLATION(8, "operationalViolation");

        public final int number;
        public final String mibName;

        EventType(int number, String mibName) {
            this.number = number;
            this.mibName = mibName;
        }
    }

    public enum ProbableCause {
        CONFIGURATION_OR_CUSTOMIZATION_ERROR(506, "configurationOrCustomizationError"),
        /** The license the handset needs is not there. */
        UNDERLYING_RESOURCE_UNAVAILABLE(554, "underlyingResourceUnavailable");

        public final int number;
        public final String mibName;

        ProbableCause(int number, String mibName) {
            this.number = number;
            this.mibName = mibName;
        }
    }

    public enum PerceivedSeverity {
        CLEARED(1, "cleared"),
        CRITICAL(3, "critical"),
        MAJOR(4, "major"),
        MINOR(5, "minor"),
        WARNING(6, "warning");

        public final int number;
        public final String mibName;

        PerceivedSeverity(int number, String mibName) {
            this.number = number;
            this.mibName = mibName;
        }

        /**
         * MX-ONE's severity 0..4 as X.733 sees it. MX-ONE's "information" (1) has no X.733 equivalent: warning is
         * the least severe active one (RFC 3877 uses it for conditions that may need action).
         */
        public static PerceivedSeverity ofMxOne(int severity) {
            return switch (severity) {
                case 0 -> CLEARED;
                case 1 -> WARNING;
                case 2 -> MINOR;
                case 3 -> MAJOR;
                case 4 -> CRITICAL;
                default -> throw new IllegalArgumentException("MX-ONE severities are 0..4, not " + severity);
            };
        }
    }
}
