package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class BooleanConverterTest {

    private final BooleanConverter converter = new BooleanConverter();

    @ParameterizedTest
    @ValueSource(strings = {"1", "t", "true", "y", "yes", "YES", "True", "Y"})
    void yes(String value) {
        assertEquals(Boolean.TRUE, converter.convert(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "f", "false", "n", "no", "NO", "False", "N"})
    void no(String value) {
        assertEquals(Boolean.FALSE, converter.convert(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "ja", "nej", "yess", "on", "off", "-1", "tru"})
    void othersAreRefusedNamingWhatIsAllowed(String value) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert(value));
        assertTrue(e.getMessage().contains("1/t/true/y/yes or 0/f/false/n/no"), e.getMessage());
    }
}
