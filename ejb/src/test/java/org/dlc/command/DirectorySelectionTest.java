package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlc.extension.DirectoryNumber;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DirectorySelectionTest {

    @Test
    void parsesAllSingleAndRanges() {
        assertEquals(DirectorySelection.ALL, DirectorySelection.parse("all"));
        assertEquals(DirectorySelection.ALL, DirectorySelection.parse("ALL"));
        DirectorySelection one = DirectorySelection.parse("1003");
        assertTrue(one.single());
        assertEquals(new DirectoryNumber("1003"), one.dir());
        DirectorySelection range = DirectorySelection.parse("311..2135");
        assertEquals(new DirectoryNumber("311"), range.from());
        assertEquals(new DirectoryNumber("2135"), range.to());
        assertNull(DirectorySelection.parse("1000..").to());
        assertNull(DirectorySelection.parse("..1999").from());
    }

    @Test
    void refusesBadValuesNamingWhatIsAllowed() {
        for (String bad : new String[] {"", "1", "abc", "12a", "..", "1..x", "2135..311", "123456789012345678901"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> DirectorySelection.parse(bad), bad);
            assertEquals("directoryNumber", e.field());
        }
        assertThrows(InvalidInputException.class, () -> DirectorySelection.ALL.dir());
    }

    @Test
    void successorFollowsNumericOrder() {
        assertEquals("1004", DirectorySelection.successor("1003"));
        assertEquals("1010", DirectorySelection.successor("1009"));
        assertEquals("000", DirectorySelection.successor("99"));
        assertEquals("0100", DirectorySelection.successor("0099"));
        assertNull(DirectorySelection.successor("9".repeat(20)));
        assertTrue(new DirectoryNumber("99").compareTo(new DirectoryNumber("000")) < 0);
    }
}
