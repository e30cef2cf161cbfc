package org.dlc.handset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class IpeiTest {

    @Test
    void the_handset_manuals_example_is_valid_and_prints_in_groups() {
        Ipei ipei = Ipei.parse("00019 0592015 3");
        assertEquals("0001905920153", ipei.value());
        assertEquals("00019 0592015 3", ipei.printed());
    }

    @Test
    void a_check_value_of_ten_is_written_as_a_star() {
        // 1*0 + 2*0 + 3*0 + 4*1 + 5*9 + ... + 12*5 = 109, 109 mod 11 = 10
        assertEquals("000190000005*", Ipei.of(19, 5).value());
        assertEquals("00019 0000005 *", Ipei.parse("000190000005*").printed());
    }

    @Test
    void a_wrong_check_character_is_rejected_with_the_expected_one() {
        assertEquals("ipei: check character of 0001905920154 must be 3",
                assertThrows(InvalidInputException.class, () -> Ipei.parse("0001905920154")).getMessage());
    }

    @Test
    void a_wrong_length_is_rejected_naming_the_form() {
        assertEquals("ipei: must be 13 characters: 5-digit EMC, 7-digit serial number, check digit or '*', was '123'",
                assertThrows(InvalidInputException.class, () -> Ipei.parse("123")).getMessage());
    }
}
