package org.dlc.handset;

import java.util.Comparator;
import java.util.List;

/**
 * Classifies model identities. Mitel-branded entries are exempt; every MANIC the catalogue does not
 * mark as Mitel is third party, whether or not the catalogue knows its vendor.
 */
public final class HandsetCatalogue {

    private final List<CatalogueEntry> entries;

    public HandsetCatalogue(List<CatalogueEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(CatalogueEntry::width)).toList();
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
