package org.dlc.extension;

import org.dlc.shared.InvalidInputException;

/** Line Interface Module number, 1..124. */
public record Lim(int number) {

    public static final Lim DEFAULT = new Lim(1);
    public static final int MAX = 124;

    public Lim {
        if (number < 1 || number > MAX) {
            throw new InvalidInputException("lim", "must be 1.." + MAX + ", was " + number);
        }
    }
}
