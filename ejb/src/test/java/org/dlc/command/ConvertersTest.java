package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

    @Test
    void aTerminalTypeInAnyCaseIsSpelledAsTheRulesSpellIt() {
        Converters.TerminalTypeConverter type = new Converters.TerminalTypeConverter();
        assertEquals("DECT", type.convert(" dect"));
        assertEquals("SIP", type.convert("Sip"));
        assertEquals("must be DECT or SIP, was 'ISDN'",
                assertThrows(TypeConversionException.class, () -> type.convert("ISDN")).getMessage());
    }

    @Test
    void anAlarmFormatIsShortOrFull() {
        Converters.AlarmFormatConverter format = new Converters.AlarmFormatConverter();
        assertEquals("full", format.convert("FULL"));
        assertEquals("must be short or full, was 'long'",
                assertThrows(TypeConversionException.class, () -> format.convert("long")).getMessage());
    }

    @Test
    void theRulesRefusalOfAnIpeiKeepsTheirMessageWithoutTheFieldName() {
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> new Converters.IpeiConverter().convert("0001905920154"));
        assertTrue(e.getMessage().startsWith("check character of 0001905920154 must be "), e.getMessage());
    }
}
