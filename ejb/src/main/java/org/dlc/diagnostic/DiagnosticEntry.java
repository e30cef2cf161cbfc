package org.dlc.diagnostic;

import java.time.Duration;
import java.time.Instant;
import org.dlc.handset.Handset;
import org.dlc.handset.ModelIdentity;

/** A subscribed DECT handset identified as third party without a license. */
public class DiagnosticEntry {

    /** Re-identifications closer together than this do not rewrite "last identified" (keeps storms write-free). */
    static final Duration LAST_IDENTIFIED_RESOLUTION = Duration.ofMinutes(1);

    private String directoryNumber;
    private String ipei;
    private int manic;
    private int modic;
    private int lim;
    private Instant firstIdentified;
    private Instant lastIdentified;

    protected DiagnosticEntry() {
        // for JPA
    }

    public DiagnosticEntry(Handset handset, int lim, Instant now) {
        ModelIdentity identity = handset.modelIdentity();
        this.directoryNumber = handset.directoryNumber().value();
        this.ipei = handset.ipei().value();
        this.manic = identity.manic();
        this.modic = identity.modic();
        this.lim = lim;
        this.firstIdentified = now;
        this.lastIdentified = now;
    }

    /** @return whether the entry changed */
    public boolean identifiedAgain(ModelIdentity identity, Instant now) {
        boolean newIdentity = identity.manic() != manic || identity.modic() != modic;
        if (!newIdentity && Duration.between(lastIdentified, now).compareTo(LAST_IDENTIFIED_RESOLUTION) < 0) {
            return false;
        }
        manic = identity.manic();
        modic = identity.modic();
        lastIdentified = now;
        return true;
    }

    public String directoryNumber() {
        return directoryNumber;
    }

    public String ipei() {
        return ipei;
    }

    public int manic() {
        return manic;
    }

    public int modic() {
        return modic;
    }

    public int lim() {
        return lim;
    }

    public Instant firstIdentified() {
        return firstIdentified;
    }

    public Instant lastIdentified() {
        return lastIdentified;
    }
}
