package org.dlc.license;

import org.dlc.shared.InvalidInputException;

/** A license file that cannot be installed; the installed one stays in force. */
public class InvalidLicenseFileException extends InvalidInputException {

    public InvalidLicenseFileException(String field, String message) {
        super(field, message);
    }
}
