package org.dlc.alarm;

import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;
import org.dlc.handset.Ipei;

/**
 * What an alarm is about (X.733's managed object): the handset with this IPEI on the extension with this
 * directory number, in this LIM. The MX-ONE additional text names the directory number; an NMS reads all three
 * as fields of their own.
 */
public record AffectedHandset(DirectoryNumber directoryNumber, Lim lim, Ipei ipei) {

    /** MX-ONE's additional text of alarms 12 and 14: {@code Directory number =311}. */
    public String additionalText() {
        return AlarmDefinition.additionalText(directoryNumber.value());
    }
}
