package org.dlc.web;

import org.dlc.shared.InvalidInputException;

/** Checks on request bodies that JSON binding cannot express. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    public static <T> T body(T value) {
        return present(value, "body");
    }
}
