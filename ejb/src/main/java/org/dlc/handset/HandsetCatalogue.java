package org.dlc.handset;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dlc.shared.ConflictException;

/**
 * Classifies model identities. Mitel-branded entries are exempt; every MANIC the catalogue does not
 * mark as Mitel is third party, whether or not the catalogue knows its vendor.
 * <p>
 * The catalogue has no contradictions: for one MANIC, two MODIC ranges are either disjoint or one lies strictly
 * inside the other, and then the narrower one wins (a model listed inside a vendor-wide range). Overlapping ranges
 * that do not nest, and identical ranges, are {@linkplain #refuseContradiction refused}.
 */
public final class HandsetCatalogue {

    /** The rule, as refusals state it. */
    public static final String NO_CONTRADICTION = "MODIC ranges of one MANIC must be disjoint or one strictly"
            + " inside the other (the narrower one wins)";

    private final List<CatalogueEntry> entries;

    public HandsetCatalogue(List<CatalogueEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(CatalogueEntry::width).thenComparingLong(CatalogueEntry::id)).toList();
    }

    /** The first of {@code others} that {@code candidate} {@linkplain CatalogueEntry#contradicts contradicts}. */
    public static Optional<CatalogueEntry> contradiction(CatalogueEntry candidate, List<CatalogueEntry> others) {
        return others.stream().filter(candidate::contradicts).findFirst();
    }

    /**
     * Refuses {@code candidate} if it contradicts a stored entry of {@code others}, naming that entry.
     * @throws ConflictException and nothing may be stored
     */
    public static void refuseContradiction(CatalogueEntry candidate, List<CatalogueEntry> others) {
        contradiction(candidate, others).ifPresent(other -> {
            throw new ConflictException("catalogue entry " + candidate.describe() + " overlaps entry " + other.id()
                    + " (" + other.describe() + "): " + NO_CONTRADICTION);
        });
    }

    public HandsetType classify(ModelIdentity identity) {
        if (identity == null) {
            return HandsetType.UNIDENTIFIED;
        }
        return entries.stream()
                .filter(e -> e.matches(identity))
                .findFirst()
                .filter(CatalogueEntry::mitel)
                .map(e -> HandsetType.mitel(e.model()))
                .orElseGet(() -> HandsetType.thirdParty(identity));
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }
}
