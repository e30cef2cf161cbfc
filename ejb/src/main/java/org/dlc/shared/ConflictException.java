package org.dlc.shared;

/** The request is valid but clashes with the current state (duplicate, no free license); nothing was changed. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
