package org.dlc.command;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** MX-ONE yes/no values: 1, t, true, y, yes and 0, f, false, n, no (any case). */
public final class BooleanConverter implements ITypeConverter<Boolean> {

    public static final String ALLOWED = "1/t/true/y/yes or 0/f/false/n/no";

    @Override
    public Boolean convert(String value) {
        switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "t", "true", "y", "yes":
                return Boolean.TRUE;
            case "0", "f", "false", "n", "no":
                return Boolean.FALSE;
            default:
                throw new TypeConversionException("must be " + ALLOWED + ", was '" + value + "'");
        }
    }
}
