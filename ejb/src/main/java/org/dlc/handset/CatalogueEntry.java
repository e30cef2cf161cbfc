package org.dlc.handset;

import org.dlc.shared.InvalidInputException;

/**
 * One row of the handset catalogue: a MANIC and a MODIC range, the vendor and model they stand for,
 * and whether that vendor is Mitel-branded (Mitel, Aastra, Ericsson) and therefore exempt.
 */
public class CatalogueEntry {

    private long id;
    private int manic;
    private int modicFrom;
    private int modicTo;
    private String vendor;
    private String model;
    private boolean mitel;

    protected CatalogueEntry() {
        // for JPA
    }

    public CatalogueEntry(int manic, int modicFrom, int modicTo, String vendor, String model, boolean mitel) {
        update(manic, modicFrom, modicTo, vendor, model, mitel);
    }

    public final void update(int manic, int modicFrom, int modicTo, String vendor, String model, boolean mitel) {
        new ModelIdentity(manic, modicFrom);
        new ModelIdentity(manic, modicTo);
        if (modicFrom > modicTo) {
            throw new InvalidInputException("modicTo", "must be >= modicFrom (" + modicFrom + "), was " + modicTo);
        }
        this.manic = manic;
        this.modicFrom = modicFrom;
        this.modicTo = modicTo;
        this.vendor = text("vendor", vendor);
        this.model = text("model", model);
        this.mitel = mitel;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new InvalidInputException(field, "must be 1..64 characters");
        }
        return value.strip();
    }

    boolean matches(ModelIdentity identity) {
        return identity.manic() == manic && identity.modic() >= modicFrom && identity.modic() <= modicTo;
    }

    /** Narrower MODIC ranges win over broader ones for the same MANIC. */
    int width() {
        return modicTo - modicFrom;
    }

    public long id() {
        return id;
    }

    public int manic() {
        return manic;
    }

    public int modicFrom() {
        return modicFrom;
    }

    public int modicTo() {
        return modicTo;
    }

    public String vendor() {
        return vendor;
    }

    public String model() {
        return model;
    }

    public boolean mitel() {
        return mitel;
    }
}
