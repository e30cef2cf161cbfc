package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * extension_info over more extensions than one read step (1 000): a filter on the handset is applied while
 * stepping through the index, and neither the printout nor a first page loses or repeats a row.
 */
class ExtensionListingIT extends ServerTest {

    private static final int FIRST = 700_000;
    private static final int COUNT = 2_500;
    private static final List<String> DECT = List.of("700000", "701200", "702499");

    @BeforeAll
    static void extensions() {
        String extensions = IntStream.range(FIRST, FIRST + COUNT).mapToObj(Integer::toString)
                .map(dir -> "{\"directoryNumber\":\"" + dir + "\"" + (DECT.contains(dir)
                        ? ",\"dect\":{\"ipei\":\"" + Handsets.ipei(dir) + "\",\"authenticationKey\":\"" + Handsets.KEY
                        + "\",\"subscribedBeforeEnforcement\":false}" : "") + "}")
                .collect(Collectors.joining(",", "{\"format\":1,\"extensions\":[", "]}"));
        Api.Reply imported = Api.post("/api/transfer", extensions);
        assertEquals(200, imported.status(), imported.body());
    }

    @Test
    void the_printout_filtered_to_dect_finds_the_handsets_across_read_steps() {
        String printout = Printouts.ok("extension_info -d 700000..702499 --terminal-info --terminal-type DECT");
        assertEquals(DECT, dirs(printout));
    }

    @Test
    void the_printout_filtered_to_sip_lists_every_other_extension_once_in_order() {
        List<String> sip = dirs(Printouts.ok("extension_info -d 700000..702499 --terminal-info --terminal-type SIP"));
        List<String> expected = IntStream.range(FIRST, FIRST + COUNT).mapToObj(Integer::toString)
                .filter(dir -> !DECT.contains(dir)).toList();
        assertEquals(expected, sip);
    }

    @Test
    void a_first_page_filtered_to_dect_skips_the_extensions_between() {
        JsonObject page = Api.get("/api/extensions?from=700000&to=702499&terminalType=DECT&limit=2").json();
        assertEquals(3, page.getJsonNumber("total").longValue());
        assertEquals(List.of("700000", "701200"), page.getJsonArray("items").stream()
                .map(i -> ((JsonObject) i).getString("directoryNumber")).toList());
        JsonObject next = Api.get("/api/extensions?from=700000&to=702499&terminalType=DECT&offset=2&limit=2").json();
        assertEquals(List.of("702499"), next.getJsonArray("items").stream()
                .map(i -> ((JsonObject) i).getString("directoryNumber")).toList());
    }

    @Test
    void an_unfiltered_later_page_continues_where_the_first_ended() {
        JsonObject page = Api.get("/api/extensions?from=700000&to=702499&offset=1199&limit=3").json();
        assertEquals(COUNT, page.getJsonNumber("total").longValue());
        assertEquals(List.of("701199", "701200", "701201"), page.getJsonArray("items").stream()
                .map(i -> ((JsonObject) i).getString("directoryNumber")).toList());
        assertEquals("DECT", page.getJsonArray("items").getJsonObject(1).getString("terminalType"));
    }

    private static List<String> dirs(String printout) {
        return printout.lines().map(l -> l.split(" ", 2)[0]).filter(d -> d.matches("70\\d{4}")).toList();
    }
}
