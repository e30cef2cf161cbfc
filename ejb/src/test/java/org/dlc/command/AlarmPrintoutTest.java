package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.alarm.AlarmSnapshot;
import org.junit.jupiter.api.Test;

class AlarmPrintoutTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    static AlarmSnapshot alarm12(boolean noticed) {
        Instant at = Instant.parse("2020-12-19T18:12:46.221429Z");
        AlarmDefinition d = AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED;
        return new AlarmSnapshot(7937, d.code(), d.domain(), d.severity(), 1, d.senderUnit(), d.text(),
                AlarmDefinition.additionalText("311"), 1, at, at, noticed, true, "311", "00019 0592015 3", null);
    }

    static AlarmSnapshot alarm14() {
        Instant at = Instant.parse("2020-12-18T15:35:27.966036Z");
        AlarmDefinition d = AlarmDefinition.THIRD_PARTY_WITHOUT_LICENSE;
        return new AlarmSnapshot(7425, d.code(), d.domain(), d.severity(), 1, d.senderUnit(), d.text(),
                AlarmDefinition.additionalText("309"), 1, at, at, false, true, "309", null, null);
    }

    @Test
    void listsAlarm12AsTheSpecificationDoes() {
        String out = AlarmPrintout.list(List.of(alarm12(false)));
        assertEquals("""
                Global status: 1 active alarm(s)
                S N Handle Dom. Code LIM Where Explanation
                =============================================================================
                1   7937   2    12   1   CTLP  Failed registration of third party DECT device due to missing third party license
                """, out);
        String[] lines = out.split("\n");
        assertEquals("S N Handle Dom. Code LIM Where Explanation", lines[1]);
        assertEquals("1 7937 2 12 1 CTLP Failed registration of third party DECT device due to missing third party license",
                lines[3].replaceAll(" +", " "));
    }

    @Test
    void listsAlarm14AndMarksNoticedAlarms() {
        String out = AlarmPrintout.list(List.of(alarm14(), alarm12(true)));
        String[] lines = out.split("\n");
        assertEquals("Global status: 2 active alarm(s)", lines[0]);
        assertEquals("1 7425 2 14 1 CTLP Having third party DECT device in system without third party license",
                lines[3].replaceAll(" +", " "));
        assertEquals("1 * 7937   2    12   1   CTLP  Failed registration of third party DECT device due to missing"
                + " third party license", lines[4]);
    }

    @Test
    void emptyListKeepsHeader() {
        assertEquals("Global status: 0 active alarm(s)\nS N Handle Dom. Code LIM Where Explanation\n"
                + AlarmPrintout.RULE + "\n", AlarmPrintout.list(List.of()));
    }

    @Test
    void fullBlockForHandle7937() {
        assertEquals("""
                Alarm handle ...: 7937
                Count...........: 1
                First at........: 2020-12-19 18:12:46.221429 (UTC)
                                  2020-12-19 19:12:46.221429 (CET)
                Latest at.......: 2020-12-19 18:12:46.221429 (UTC)
                                  2020-12-19 19:12:46.221429 (CET)
                Sender LIM......: 1
                Sender unit.....: 92 = CTLP
                Alarm domain ...: 2 = ACS
                Alarm code .....: 12 = Failed registration of third party DECT device due to missing third party license
                Severity .......: 1 = information
                Noticed ........: No
                Faulty unit ....: LIM=1 PU=92=CTLP
                Additional text : Directory number =311
                """, AlarmPrintout.full(alarm12(false), STOCKHOLM));
    }

    @Test
    void fullBlockShowsNoticedSummerTimeAndSixDigitMicroseconds() {
        Instant summer = Instant.parse("2021-07-01T10:00:00.000100Z");
        AlarmSnapshot a = new AlarmSnapshot(5, 14, 2, 1, 3, 92, "x", "Directory number =1003", 4, summer, summer,
                true, true, "1003", null, null);
        String out = AlarmPrintout.full(a, STOCKHOLM);
        assertTrue(out.contains("First at........: 2021-07-01 10:00:00.000100 (UTC)\n"
                + "                  2021-07-01 12:00:00.000100 (CEST)\n"), out);
        assertTrue(out.contains("Noticed ........: Yes\n"), out);
        assertTrue(out.contains("Count...........: 4\n"), out);
        assertTrue(out.contains("Faulty unit ....: LIM=3 PU=92=CTLP\n"), out);
    }

    @Test
    void onAServerInUtcTheTimeIsPrintedOnceNotTwice() {
        String out = AlarmPrintout.full(alarm12(false), ZoneId.of("Etc/UTC"));
        assertTrue(out.contains("First at........: 2020-12-19 18:12:46.221429 (UTC)\n"
                + "Latest at.......: 2020-12-19 18:12:46.221429 (UTC)\n"
                + "Sender LIM......: 1\n"), out);
    }

    @Test
    void fullBlocksAreSeparatedByABlankLine() {
        String out = AlarmPrintout.full(List.of(alarm14(), alarm12(false)), STOCKHOLM);
        assertTrue(out.contains("Additional text : Directory number =309\n\nAlarm handle ...: 7937\n"), out);
        assertTrue(out.contains("2020-12-18 16:35:27.966036 (CET)"), out);
        assertEquals("No active alarms.\n", AlarmPrintout.full(List.of(), STOCKHOLM));
    }
}
