package org.dlc.shared;

/** Bad input: names the field and what it allows. Nothing has been changed when it is thrown. */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.reason = message;
    }

    /** @return the message without the field: what is wrong with it */
    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
