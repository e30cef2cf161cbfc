package org.dlc.alarm;

import java.util.Arrays;

/**
 * The alarms of the license control: the one place their code, domain, severity, sender unit and text
 * are written. The MIB, the printouts and the notifications are checked against these.
 */
public enum AlarmDefinition {

    THIRD_PARTY_REGISTRATION_FAILED(12,
            "Failed registration of third party DECT device due to missing third party license"),
    THIRD_PARTY_WITHOUT_LICENSE(14,
            "Having third party DECT device in system without third party license");

    public static final int DOMAIN = 2;
    public static final String DOMAIN_NAME = "ACS";
    public static final int SENDER_UNIT = 92;
    public static final String SENDER_UNIT_NAME = "CTLP";
    public static final int SEVERITY_INFORMATION = 1;

    private final int code;
    private final String text;

    AlarmDefinition(int code, String text) {
        this.code = code;
        this.text = text;
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

    /** Both alarms name the extension the same way: {@code Directory number =311}. */
    public static String additionalText(String directoryNumber) {
        return "Directory number =" + directoryNumber;
    }
}
