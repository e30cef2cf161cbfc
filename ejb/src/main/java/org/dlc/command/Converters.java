package org.dlc.command;

import java.util.Locale;
import java.util.function.Function;
import org.dlc.extension.Extension;
import org.dlc.extension.ExtensionInfo;
import org.dlc.extension.Lim;
import org.dlc.handset.Ipei;
import org.dlc.shared.InvalidInputException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters: each names what it allows when a value is refused. */
final class Converters {

    private Converters() {
    }

    /** The rules' message without its field prefix (picocli names the option instead). */
    static TypeConversionException refused(InvalidInputException e) {
        String message = e.getMessage();
        String prefix = e.field() + ": ";
        return new TypeConversionException(message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }

    static String quote(String value) {
        return "'" + (value.length() > 30 ? value.substring(0, 30) + "..." : value) + "'";
    }

    static int integer(String value, int min, int max) {
        String v = value.trim();
        if (v.matches("-?\\d{1,9}")) {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw new TypeConversionException("must be " + min + ".." + max + ", was " + quote(value));
    }

    /** A value the rules parse themselves: their refusal becomes picocli's, with the rules' message. */
    abstract static class Parsed<T> implements ITypeConverter<T> {
        private final Function<String, T> parse;

        Parsed(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (InvalidInputException e) {
                throw refused(e);
            }
        }
    }

    public static final class DirectorySelectionConverter extends Parsed<DirectorySelection> {
        public DirectorySelectionConverter() {
            super(DirectorySelection::parse);
        }
    }

    public static final class LimConverter implements ITypeConverter<Lim> {
        @Override
        public Lim convert(String value) {
            return new Lim(integer(value, 1, Lim.MAX));
        }
    }

    public static final class CspConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return integer(value, 0, Extension.MAX_CSP);
        }
    }

    public static final class HandleConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return integer(value, 1, Integer.MAX_VALUE - 1);
        }
    }

    public static final class IpeiConverter extends Parsed<Ipei> {
        public IpeiConverter() {
            super(Ipei::parse);
        }
    }

    public static final class AuthenticationKeyConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("\\d{1,8}")) {
                throw new TypeConversionException("must be 1..8 digits, was " + quote(value));
            }
            return value;
        }
    }

    public static final class TerminalTypeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String type = value.trim().toUpperCase(Locale.ROOT);
            if (!type.equals(ExtensionInfo.DECT) && !type.equals(ExtensionInfo.SIP)) {
                throw new TypeConversionException("must be DECT or SIP, was " + quote(value));
            }
            return type;
        }
    }

    /** {@code alarm -p --format short|full}. */
    public static final class AlarmFormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String format = value.trim().toLowerCase(Locale.ROOT);
            if (!format.equals("short") && !format.equals("full")) {
                throw new TypeConversionException("must be short or full, was " + quote(value));
            }
            return format;
        }
    }
}
