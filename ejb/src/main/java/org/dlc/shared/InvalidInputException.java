package org.dlc.shared;

/** Bad input: names the field and what it allows. Nothing has been changed when it is thrown. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
