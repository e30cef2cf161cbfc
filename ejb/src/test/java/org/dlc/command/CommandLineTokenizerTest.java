package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CommandLineTokenizerTest {

    static List<String> words(String line) {
        return CommandLineTokenizer.tokenize(line);
    }

    @Test
    void splitsOnAnyBlanks() {
        assertEquals(List.of("extension_info", "-d", "all", "--terminal-info"),
                words("  extension_info\t-d   all --terminal-info \r\n"));
    }

    @Test
    void emptyAndBlankLinesHaveNoWords() {
        assertEquals(List.of(), words(""));
        assertEquals(List.of(), words("   \t "));
        assertEquals(List.of(), words(null));
    }

    @Test
    void doubleQuotesKeepBlanks() {
        assertEquals(List.of("dect_extension", "-i", "--ipei", "00019 0592015 3"),
                words("dect_extension -i --ipei \"00019 0592015 3\""));
    }

    @Test
    void singleQuotesAreLiteral() {
        assertEquals(List.of("a", "b \\\" c", "d"), words("a 'b \\\" c' d"));
    }

    @Test
    void escapesInAndOutsideDoubleQuotes() {
        assertEquals(List.of("say \"hi\" \\ \\n"), words("\"say \\\"hi\\\" \\\\ \\n\""));
        assertEquals(List.of("a b", "c"), words("a\\ b c"));
        assertEquals(List.of("end\\"), words("end\\"));
    }

    @Test
    void adjacentPartsJoinAndEmptyQuotesAreAWord() {
        assertEquals(List.of("abc def", "x"), words("a\"bc d\"'ef' x"));
        assertEquals(List.of("-d", ""), words("-d \"\""));
        assertEquals(List.of("", ""), words("'' \"\""));
    }

    @Test
    void unclosedQuotesAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> words("a \"b c"));
        assertEquals("commandLine", e.field());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> words("a 'b"));
    }
}
