package org.dlc.alarm;

import java.util.Arrays;

/**
 * The alarms of the license control: the one place their code, domain, severity, sender unit, text and X.733
 * classification are written. The MIB, the printouts and the notifications are checked against these.
 */
public enum AlarmDefinition {

    /** The handset was refused its registration: the service could not be given, its license is missing. */
    THIRD_PARTY_REGISTRATION_FAILED(12,
            "Failed registration of third party DECT device due to missing third party license",
            X733.EventType.OPERATIONAL_VIOLATION, X733.ProbableCause.UNDERLYING_RESOURCE_UNAVAILABLE),
    /** Handsets work (passively) that the system is not licensed for: a configuration to complete. */
    THIRD_PARTY_WITHOUT_LICENSE(14,
            "Having third party DECT device in system without third party license",
            X733.EventType.PROCESSING_ERROR_ALARM, X733.ProbableCause.CONFIGURATION_OR_CUSTOMIZATION_ERROR);

    public static final int DOMAIN = 2;
    public static final String DOMAIN_NAME = "ACS";
    public static final int SENDER_UNIT = 92;
    public static final String SENDER_UNIT_NAME = "CTLP";
    public static final int SEVERITY_INFORMATION = 1;

    private final int code;
    private final String text;
    private final X733.EventType eventType;
    private final X733.ProbableCause probableCause;

    AlarmDefinition(int code, String text, X733.EventType eventType, X733.ProbableCause probableCause) {
        this.code = code;
        this.text = text;
        this.eventType = eventType;
        this.probableCause = probableCause;
    }

    public static AlarmDefinition of(int code) {
        return Arrays.stream(values()).filter(d -> d.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alarm with code " + code));
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    public int domain() {
        return DOMAIN;
    }

    public int severity() {
        return SEVERITY_INFORMATION;
    }

    public int senderUnit() {
        return SENDER_UNIT;
    }

    public X733.EventType eventType() {
        return eventType;
    }

    public X733.ProbableCause probableCause() {
        return probableCause;
    }

    /** Both alarms name the extension the same way: {@code Directory number =311}. */
    public static String additionalText(String directoryNumber) {
        return "Directory number =" + directoryNumber;
    }
}
