package org.dlc.command;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dlc.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The names of the options marked {@link SecretOption} in a set of picocli commands, and a command line with
 * their values masked, for logs and records: {@code dect_extension -i -d 1003 --ipei ... --authentication-key ****}.
 * The names of every command count for every line (also a line with a misspelt command name), in both forms
 * {@code --name value} and {@code --name=value}. A line that cannot be split into words (an unclosed quote) is not
 * shown at all: where its words end is unknown, so a secret could be anywhere in it.
 */
public final class SecretOptions {

    public static final String MASK = "****";
    static final String UNPARSABLE = "(a command line with an unclosed quote, not shown)";

    private final Set<String> names;

    private SecretOptions(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** @param commands picocli command objects (their {@code @Option} fields are read, nothing is run) */
    public static SecretOptions of(Collection<?> commands) {
        Set<String> names = new TreeSet<>();
        for (Object command : commands) {
            for (OptionSpec option : new CommandLine(command).getCommandSpec().options()) {
                if (option.userObject() instanceof AnnotatedElement field
                        && field.isAnnotationPresent(SecretOption.class)) {
                    names.addAll(List.of(option.names()));
                }
            }
        }
        return new SecretOptions(names);
    }

    /** The option names whose values are masked. */
    public Set<String> names() {
        return names;
    }

    /** The line's words with every secret option's value replaced by {@link #MASK}, joined by blanks. */
    public String mask(String line) {
        List<String> words;
        try {
            words = CommandLineTokenizer.tokenize(line);
        } catch (InvalidInputException e) {
            return UNPARSABLE;
        }
        List<String> shown = new ArrayList<>(words.size());
        boolean valueFollows = false;
        for (String word : words) {
            if (valueFollows) {
                shown.add(MASK);
                valueFollows = false;
                continue;
            }
            int equals = word.indexOf('=');
            if (equals > 0 && names.contains(word.substring(0, equals))) {
                shown.add(word.substring(0, equals + 1) + MASK);
            } else {
                valueFollows = names.contains(word);
                shown.add(quoted(word));
            }
        }
        return String.join(" ", shown);
    }

    /** Words the tokenizer would split again are shown in single quotes. */
    private static String quoted(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"'
                || c == '\\')) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
