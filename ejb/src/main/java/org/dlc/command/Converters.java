package org.dlc.command;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dlc.alarm.Alarm;
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
        return (int) number(value, min, max);
    }

    static long number(String value, long min, long max) {
        String v = value.trim();
        if (v.matches("-?\\d{1,18}")) {
            long n = Long.parseLong(v);
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

    public static final class HandleConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return number(value, 1, Alarm.MAX_HANDLE);
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
                throw new TypeConversionException("must be 1..8 digits (the value given is not repeated: it is secret)");
            }
            return value;
        }
    }

    /** One of a few words, in any case: the answer is the word as the rules spell it. */
    abstract static class OneOf implements ITypeConverter<String> {
        private final UnaryOperator<String> spelling;
        private final List<String> words;

        OneOf(UnaryOperator<String> spelling, String... words) {
            this.spelling = spelling;
            this.words = List.of(words);
        }

        @Override
        public String convert(String value) {
            String word = spelling.apply(value.trim());
            if (!words.contains(word)) {
                throw new TypeConversionException("must be " + String.join(" or ", words) + ", was " + quote(value));
            }
            return word;
        }
    }

    public static final class TerminalTypeConverter extends OneOf {
        public TerminalTypeConverter() {
            super(s -> s.toUpperCase(Locale.ROOT), ExtensionInfo.DECT, ExtensionInfo.SIP);
        }
    }

    /** {@code alarm -p --format short|full}. */
    public static final class AlarmFormatConverter extends OneOf {
        public AlarmFormatConverter() {
            super(s -> s.toLowerCase(Locale.ROOT), "short", "full");
        }
    }
}
