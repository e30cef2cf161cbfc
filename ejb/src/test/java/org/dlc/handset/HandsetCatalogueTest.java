package org.dlc.handset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dlc.shared.ConflictException;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The catalogue classifies model identities. It never contradicts itself: for one MANIC, MODIC ranges are apart or
 * nested, and the narrower one wins.
 */
class HandsetCatalogueTest {

    private final HandsetCatalogue shipped = new HandsetCatalogue(CatalogueCsv.read(new InputStreamReader(
            HandsetCatalogue.class.getResourceAsStream("default-catalogue.csv"), StandardCharsets.UTF_8)));

    @Test
    void mitel_models_are_exempt_and_show_their_model_name() {
        assertEquals(new HandsetType(Classification.MITEL, "DH6"), shipped.classify(new ModelIdentity(8, 1)));
        assertEquals(new HandsetType(Classification.MITEL, "DT390"), shipped.classify(new ModelIdentity(8, 3)));
        assertEquals(new HandsetType(Classification.MITEL, "Mitel 142"), shipped.classify(new ModelIdentity(9, 1)));
    }

    @Test
    void an_unlisted_model_of_a_mitel_manufacturer_code_is_still_mitel() {
        assertEquals(new HandsetType(Classification.MITEL, "Mitel DECT"), shipped.classify(new ModelIdentity(8, 200)));
    }

    @Test
    void every_other_manufacturer_is_third_party_and_shows_its_codes() {
        assertEquals(new HandsetType(Classification.THIRD_PARTY, "Manufacturer: 10, Model: 77"),
                shipped.classify(new ModelIdentity(10, 77)));
        assertEquals(new HandsetType(Classification.THIRD_PARTY, "Manufacturer: 202, Model: 89"),
                shipped.classify(new ModelIdentity(202, 89)));
    }

    @Test
    void a_handset_without_model_identity_is_unidentified_with_a_blank_vendor() {
        assertEquals(new HandsetType(Classification.UNIDENTIFIED, ""), shipped.classify(null));
    }

    @Test
    void a_catalogued_vendor_that_is_not_mitel_branded_is_third_party() {
        HandsetCatalogue c = new HandsetCatalogue(List.of(new CatalogueEntry(10, 0, 255, "Acme", "A1", false)));
        assertEquals(Classification.THIRD_PARTY, c.classify(new ModelIdentity(10, 77)).classification());
    }

    @Test
    void the_narrowest_modic_range_wins() {
        HandsetCatalogue c = new HandsetCatalogue(List.of(
                new CatalogueEntry(8, 0, 255, "Mitel", "Any", true),
                new CatalogueEntry(8, 5, 5, "Mitel", "DT69x", true)));
        assertEquals("DT69x", c.classify(new ModelIdentity(8, 5)).vendor());
        assertEquals("Any", c.classify(new ModelIdentity(8, 6)).vendor());
    }

    @Nested
    class NoContradictions {

        private final CatalogueEntry acmeAll = new CatalogueEntry(4242, 0, 255, "Acme", "Any", false);
        private final CatalogueEntry acmeOne = new CatalogueEntry(4242, 1, 1, "Acme", "A1", false);

        @Test
        void ranges_of_different_manufacturers_or_apart_from_each_other_do_not_collide() {
            assertFalse(acmeOne.contradicts(new CatalogueEntry(4243, 1, 1, "Other", "O1", true)));
            assertFalse(acmeOne.contradicts(new CatalogueEntry(4242, 2, 9, "Acme", "A2..9", false)));
        }

        @Test
        void a_range_strictly_inside_another_is_allowed_and_the_narrower_one_wins() {
            CatalogueEntry mitelOem = new CatalogueEntry(4242, 1, 1, "Mitel", "OEM", true);
            assertFalse(mitelOem.contradicts(acmeAll));
            assertFalse(acmeAll.contradicts(mitelOem));
            HandsetCatalogue c = new HandsetCatalogue(List.of(acmeAll, mitelOem));
            assertEquals(new HandsetType(Classification.MITEL, "OEM"), c.classify(new ModelIdentity(4242, 1)));
            assertEquals(Classification.THIRD_PARTY, c.classify(new ModelIdentity(4242, 2)).classification());
        }

        @Test
        void identical_ranges_collide_whatever_they_say() {
            assertTrue(acmeOne.contradicts(new CatalogueEntry(4242, 1, 1, "Mitel", "M1", true)));
            assertTrue(acmeOne.contradicts(new CatalogueEntry(4242, 1, 1, "Acme", "A1", false)));
        }

        @Test
        void ranges_that_overlap_without_nesting_collide() {
            CatalogueEntry low = new CatalogueEntry(4242, 0, 10, "Acme", "Low", false);
            CatalogueEntry high = new CatalogueEntry(4242, 10, 20, "Mitel", "High", true);
            assertTrue(low.contradicts(high));
            assertTrue(high.contradicts(low));
            assertFalse(low.contradicts(new CatalogueEntry(4242, 0, 20, "Acme", "Same start", false)),
                    "0..10 lies strictly inside 0..20");
        }

        @Test
        void an_entry_that_contradicts_a_stored_one_is_refused_naming_it() {
            ConflictException e = assertThrows(ConflictException.class, () -> HandsetCatalogue.refuseContradiction(
                    new CatalogueEntry(4242, 1, 1, "Mitel", "M1", true), List.of(acmeAll, acmeOne)));
            assertEquals("catalogue entry MANIC 4242, MODIC 1..1: Mitel M1 (Mitel) overlaps entry 0"
                    + " (MANIC 4242, MODIC 1..1: Acme A1 (third party)): MODIC ranges of one MANIC must be disjoint"
                    + " or one strictly inside the other (the narrower one wins)", e.getMessage());
        }

        @Test
        void a_csv_with_contradicting_lines_is_refused_naming_both_lines_and_nothing_is_read() {
            String csv = "manic,modic_from,modic_to,vendor,model,mitel\n4242,0,255,Acme,Any,false\n"
                    + "4242,1,1,Acme,A1,false\n4242,2,3,Acme,A2,false\n4242,1,1,Mitel,M1,true\n";
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> CatalogueCsv.read(new StringReader(csv)));
            assertEquals("catalogue line 5", e.field());
            assertEquals("catalogue line 5: MANIC 4242, MODIC 1..1: Mitel M1 (Mitel) overlaps line 3"
                    + " (MANIC 4242, MODIC 1..1: Acme A1 (third party)): " + HandsetCatalogue.NO_CONTRADICTION,
                    e.getMessage());
        }

        @Test
        void the_shipped_catalogue_has_no_contradictions() {
            List<CatalogueEntry> entries = shipped.entries();
            for (CatalogueEntry e : entries) {
                assertEquals(List.of(), entries.stream().filter(o -> o != e && e.contradicts(o)).toList(),
                        e.describe());
            }
            assertEquals(18, entries.size());
        }
    }

    @Test
    void model_identity_codes_out_of_range_name_the_field_and_range() {
        assertEquals("manic: must be 0..65535, was 65536",
                assertThrows(InvalidInputException.class, () -> new ModelIdentity(65536, 0)).getMessage());
        assertEquals("modic: must be 0..255, was -1",
                assertThrows(InvalidInputException.class, () -> new ModelIdentity(0, -1)).getMessage());
        assertEquals("modic: missing while manic is given (send both or neither)",
                assertThrows(InvalidInputException.class, () -> ModelIdentity.ofNullable(10, null)).getMessage());
    }

    @Test
    void a_bad_csv_line_is_named_and_nothing_is_read() {
        String csv = "manic,modic_from,modic_to,vendor,model,mitel\n8,1,1,Mitel,DH6,true\n8,9,3,Mitel,X,true\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CatalogueCsv.read(new StringReader(csv)));
        assertEquals("catalogue line 3 modicTo: must be >= modicFrom (9), was 3", e.getMessage());
    }

    @Test
    void a_csv_without_its_header_or_without_entries_is_refused_instead_of_emptying_the_catalogue() {
        assertEquals("catalogue line 1: must be the header manic,modic_from,modic_to,vendor,model,mitel,"
                + " was 'not,a,catalogue'", assertThrows(InvalidInputException.class,
                () -> CatalogueCsv.read(new StringReader("not,a,catalogue\n"))).getMessage());
        assertEquals("catalogue line 1: must be the header manic,modic_from,modic_to,vendor,model,mitel,"
                + " was '8,1,1,Mitel,DH6,true'", assertThrows(InvalidInputException.class,
                () -> CatalogueCsv.read(new StringReader("8,1,1,Mitel,DH6,true\n8,2,2,Mitel,DH7,true\n"))).getMessage());
        assertEquals("catalogue: has no entries (at least one line after the header)",
                assertThrows(InvalidInputException.class, () -> CatalogueCsv.read(
                        new StringReader("manic,modic_from,modic_to,vendor,model,mitel\n"))).getMessage());
    }

    @Test
    void csv_export_reads_back_to_the_same_catalogue() {
        String csv = CatalogueCsv.write(shipped.entries());
        List<CatalogueEntry> again = CatalogueCsv.read(new StringReader(csv));
        assertEquals(shipped.entries().size(), again.size());
        assertEquals(CatalogueCsv.write(again), csv);
    }
}
