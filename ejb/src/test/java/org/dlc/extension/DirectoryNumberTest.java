package org.dlc.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DirectoryNumberTest {

    @Test
    void the_sort_key_orders_as_directory_numbers_do() {
        List<DirectoryNumber> numbers = Stream.of("1003", "311", "99", "0311", "12345678901234567890", "1234567890",
                "999999999", "000", "10").map(DirectoryNumber::new).toList();
        List<DirectoryNumber> byNumber = numbers.stream().sorted().toList();
        List<DirectoryNumber> byKey = numbers.stream().sorted(Comparator.comparing(DirectoryNumber::sortKey)).toList();
        assertEquals(byNumber, byKey);
        assertEquals("03311", new DirectoryNumber("311").sortKey());
        assertEquals("191234567890123456789", new DirectoryNumber("1234567890123456789").sortKey());
    }
}
