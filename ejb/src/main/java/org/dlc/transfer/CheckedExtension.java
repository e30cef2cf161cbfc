package org.dlc.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Extension;
import org.dlc.extension.Lim;
import org.dlc.handset.Handset;
import org.dlc.handset.HandsetState;
import org.dlc.handset.Ipei;
import org.dlc.handset.ModelIdentity;
import org.dlc.shared.InvalidInputException;
import org.dlc.transfer.SystemExport.ExportedExtension;
import org.dlc.transfer.SystemExport.ExportedSubscription;

/**
 * An extension of an export or migration document, read and checked: what an import or migration will create,
 * and what a migration's dry run counts. Reading creates nothing; a bad entry is refused naming its field
 * ({@code extensions[3].dect.state}).
 */
record CheckedExtension(DirectoryNumber directoryNumber, Lim lim, int csp, boolean thirdPartyClient,
                        Subscription dect) {

    /** A DECT subscription of the document; {@code beforeEnforcement} is always true in a migration. */
    record Subscription(Ipei ipei, String authenticationKey, boolean beforeEnforcement, HandsetState state,
                        ModelIdentity identity, boolean accessRightsGranted, Instant firstIdentifiedAt,
                        Instant lastIdentifiedAt, Instant latestSeenAt) {
    }

    /** @param migration whether the document is a system from before enforcement */
    static List<CheckedExtension> of(SystemExport document, boolean migration) {
        List<ExportedExtension> list = document.extensionList();
        List<CheckedExtension> checked = new ArrayList<>(list.size());
        Set<String> dirs = new HashSet<>();
        Set<String> ipeis = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                checked.add(read(list.get(i), migration, dirs, ipeis));
            } catch (InvalidInputException e) {
                throw at(i, e);
            }
        }
        return checked;
    }

    /** The same refusal, its field prefixed with the entry's place in the document. */
    static InvalidInputException at(int index, InvalidInputException e) {
        return new InvalidInputException("extensions[" + index + "]." + e.field(), e.reason());
    }

    private static CheckedExtension read(ExportedExtension x, boolean migration, Set<String> dirs, Set<String> ipeis) {
        if (x == null || x.directoryNumber() == null) {
            throw new InvalidInputException("directoryNumber", "is required");
        }
        DirectoryNumber dir = new DirectoryNumber(x.directoryNumber());
        if (!dirs.add(dir.value())) {
            throw new InvalidInputException("directoryNumber", dir + " appears twice");
        }
        int csp = Extension.checkCsp(x.csp() == null ? 0 : x.csp());
        return new CheckedExtension(dir, x.lim() == null ? Lim.DEFAULT : new Lim(x.lim()), csp,
                Boolean.TRUE.equals(x.thirdPartyClient()), x.dect() == null ? null : subscription(x.dect(), migration,
                ipeis));
    }

    private static Subscription subscription(ExportedSubscription s, boolean migration, Set<String> ipeis) {
        Ipei ipei = Ipei.parse(s.ipei());
        if (!ipeis.add(ipei.value())) {
            throw new InvalidInputException("dect.ipei", ipei.printed() + " appears twice");
        }
        HandsetState state = state(s.state());
        Handset.checkKey(s.authenticationKey());
        Handset.checkIdentification(s.firstIdentifiedAt(), s.lastIdentifiedAt());
        return new Subscription(ipei, s.authenticationKey(), migration || s.beforeEnforcement(),
                migration ? Migration.stateBeforeEnforcement(state) : state,
                ModelIdentity.ofNullable(s.manic(), s.modic()),
                s.accessRightsGranted() == null || s.accessRightsGranted(), s.firstIdentifiedAt(),
                s.lastIdentifiedAt(), s.latestSeenAt());
    }

    private static HandsetState state(String name) {
        if (name == null) {
            return HandsetState.SUBSCRIBED;
        }
        try {
            return HandsetState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("dect.state", "must be one of " + Arrays.toString(HandsetState.values())
                    + ", was '" + name + "'");
        }
    }
}
