package org.dlc.command;

import java.util.ArrayList;
import java.util.List;
import org.dlc.shared.InvalidInputException;

/**
 * Splits a command line into words like a POSIX shell does, without expansions: blanks separate words;
 * {@code '...'} keeps everything literally; {@code "..."} keeps blanks, and a backslash in it escapes only
 * {@code "} and {@code \}; outside quotes a backslash escapes the next character. Quoted and unquoted parts
 * next to each other form one word, and {@code ""} is an empty word.
 */
public final class CommandLineTokenizer {

    private CommandLineTokenizer() {
    }

    public static List<String> tokenize(String line) {
        List<String> words = new ArrayList<>();
        if (line == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw unterminated('\'', i);
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = line.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < n && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                        word.append(line.charAt(i + 1));
                        i += 2;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw unterminated('"', line.lastIndexOf('"'));
                }
                inWord = true;
            } else if (c == '\\') {
                word.append(i + 1 < n ? line.charAt(i + 1) : '\\');
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static InvalidInputException unterminated(char quote, int at) {
        return new InvalidInputException("commandLine", "the quote " + quote + " at position " + (at + 1)
                + " is not closed");
    }
}
