package org.dlc.extension;

import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.shared.InvalidInputException;

/**
 * A directory number with its settings. It holds a third-party license when configured with
 * {@code --third-party-client yes}; whether it is DECT or SIP depends on a DECT subscription.
 */
public class Extension {

    public static final int MAX_CSP = 500;

    private String directoryNumber;
    /** {@link DirectoryNumber#sortKey()}: listings are ordered and ranged by it, from an index. */
    private String sortKey;
    private int lim;
    private int csp;
    private boolean thirdPartyClient;

    protected Extension() {
        // for JPA
    }

    public Extension(DirectoryNumber directoryNumber, Lim lim, int csp) {
        this.directoryNumber = directoryNumber.value();
        this.sortKey = directoryNumber.sortKey();
        this.lim = lim.number();
        this.csp = checkCsp(csp);
    }

    /** @throws InvalidInputException unless 0..{@value #MAX_CSP} */
    public static int checkCsp(int csp) {
        if (csp < 0 || csp > MAX_CSP) {
            throw new InvalidInputException("csp", "must be 0.." + MAX_CSP + ", was " + csp);
        }
        return csp;
    }

    /** Extensions stored before the sort key existed get it at start-up. @return whether it was missing */
    public boolean fillInSortKey() {
        String key = DirectoryNumber.sortKey(directoryNumber);
        boolean missing = !key.equals(sortKey);
        sortKey = key;
        return missing;
    }

    public void moveTo(Lim newLim) {
        lim = newLim.number();
    }

    public void changeCsp(int newCsp) {
        csp = checkCsp(newCsp);
    }

    /** Seizes a license from the pool unless this extension already holds one. */
    public void seizeLicense(ThirdPartyLicensePool pool) {
        if (!thirdPartyClient) {
            pool.seize();
            thirdPartyClient = true;
        }
    }

    public void releaseLicense(ThirdPartyLicensePool pool) {
        if (thirdPartyClient) {
            pool.release();
            thirdPartyClient = false;
        }
    }

    /** Its settings as the audit trail records them. */
    public String describe() {
        return "LIM " + lim + ", CSP " + csp + ", third-party client " + (thirdPartyClient ? "yes" : "no");
    }

    public DirectoryNumber directoryNumber() {
        return new DirectoryNumber(directoryNumber);
    }

    public Lim lim() {
        return new Lim(lim);
    }

    public int csp() {
        return csp;
    }

    public boolean thirdPartyClient() {
        return thirdPartyClient;
    }
}
