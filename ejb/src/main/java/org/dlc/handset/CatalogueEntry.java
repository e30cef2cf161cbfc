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

    /**
     * Whether the two entries contradict each other: the same MANIC with MODIC ranges that intersect, neither
     * strictly inside the other (identical ranges too). Disjoint ranges and nested ranges (the narrower one wins)
     * never contradict, so exactly one entry, the narrowest, decides any model identity.
     */
    boolean contradicts(CatalogueEntry other) {
        boolean intersect = manic == other.manic && modicFrom <= other.modicTo && other.modicFrom <= modicTo;
        return intersect && !strictlyContains(other) && !other.strictlyContains(this);
    }

    private boolean strictlyContains(CatalogueEntry other) {
        return modicFrom <= other.modicFrom && other.modicTo <= modicTo && width() > other.width();
    }

    /** What the entry says, for messages: {@code MANIC 8, MODIC 1..1: Mitel DH6 (Mitel)}. */
    public String describe() {
        return "MANIC " + manic + ", MODIC " + modicFrom + ".." + modicTo + ": " + vendor + " " + model
                + (mitel ? " (Mitel)" : " (third party)");
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
