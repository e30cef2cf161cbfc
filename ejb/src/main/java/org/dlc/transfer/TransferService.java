package org.dlc.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Extension;
import org.dlc.extension.ExtensionService;
import org.dlc.extension.Lim;
import org.dlc.handset.CatalogueService;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.handset.Handset;
import org.dlc.handset.HandsetState;
import org.dlc.handset.Ipei;
import org.dlc.handset.ModelIdentity;
import org.dlc.license.LicenseFile;
import org.dlc.license.LicenseService;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.InvalidInputException;
import org.dlc.transfer.SystemExport.ExportedExtension;
import org.dlc.transfer.SystemExport.ExportedSubscription;

/** Export and import of the whole configuration, all or nothing. */
@Stateless
public class TransferService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private ExtensionService extensions;

    @EJB
    private DectSubscriptionService subscriptions;

    @EJB
    private LicenseService licenses;

    @EJB
    private CatalogueService catalogue;

    private final Clock clock = Clock.systemUTC();

    @Requires(Permission.TRANSFER_EXPORT)
    @RolesAllowed("admin")
    public SystemExport export() {
        List<ExportedExtension> out = new ArrayList<>();
        List<Object[]> rows = em.createQuery("SELECT e, h FROM Extension e LEFT JOIN Handset h"
                + " ON h.directoryNumber = e.directoryNumber ORDER BY e.sortKey",
                Object[].class).getResultList();
        for (Object[] row : rows) {
            Extension e = (Extension) row[0];
            Handset h = (Handset) row[1];
            out.add(new ExportedExtension(e.directoryNumber().value(), e.lim().number(), e.csp(), e.thirdPartyClient(),
                    h == null ? null : subscription(h)));
        }
        return new SystemExport(SystemExport.FORMAT, clock.instant(), licenses.installedFileText(), out);
    }

    private static ExportedSubscription subscription(Handset h) {
        ModelIdentity identity = h.modelIdentity();
        return new ExportedSubscription(h.ipei().value(), h.authenticationKey(), h.subscribedBeforeEnforcement(),
                h.accessRightsGranted(), h.state().name(), identity == null ? null : identity.manic(),
                identity == null ? null : identity.modic());
    }

    /**
     * Imports into this server: installs the license file if it is newer than the installed one, creates the
     * extensions (seizing their licenses) and subscriptions with their state. Any bad entry changes nothing.
     * @return how many extensions were imported
     */
    @Requires(Permission.TRANSFER_IMPORT)
    @RolesAllowed("admin")
    public int importAll(SystemExport in) {
        if (in.format() != SystemExport.FORMAT) {
            throw new InvalidInputException("format", "must be " + SystemExport.FORMAT + ", was " + in.format());
        }
        if (in.licenseFile() != null && isNewer(in.licenseFile())) {
            licenses.install(in.licenseFile());
        }
        List<ExportedExtension> list = in.extensions() == null ? List.of() : in.extensions();
        Set<String> seen = new HashSet<>();
        Set<String> seenIpeis = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "extensions[" + i + "]";
            try {
                importOne(list.get(i), seen, seenIpeis);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(where + "." + e.field(), e.getMessage().substring(e.field().length() + 2));
            }
        }
        return list.size();
    }

    private boolean isNewer(String licenseFile) {
        String installed = licenses.installedFileText();
        return installed == null || LicenseFile.parse(licenseFile).sequence() > LicenseFile.parse(installed).sequence();
    }

    private void importOne(ExportedExtension x, Set<String> seen, Set<String> seenIpeis) {
        if (x == null || x.directoryNumber() == null) {
            throw new InvalidInputException("directoryNumber", "is required");
        }
        DirectoryNumber dir = new DirectoryNumber(x.directoryNumber());
        if (!seen.add(dir.value())) {
            throw new InvalidInputException("directoryNumber", dir + " appears twice");
        }
        extensions.create(dir, x.lim() == null ? Lim.DEFAULT : new Lim(x.lim()), x.csp() == null ? 0 : x.csp(),
                Boolean.TRUE.equals(x.thirdPartyClient()));
        ExportedSubscription s = x.dect();
        if (s == null) {
            return;
        }
        Ipei ipei = Ipei.parse(s.ipei());
        if (!seenIpeis.add(ipei.value())) {
            throw new InvalidInputException("dect.ipei", ipei.printed() + " appears twice");
        }
        boolean beforeEnforcement = s.subscribedBeforeEnforcement() == null || s.subscribedBeforeEnforcement();
        Handset handset = beforeEnforcement
                ? subscriptions.subscribeBeforeEnforcement(dir, ipei, s.authenticationKey())
                : subscriptions.subscribe(dir, ipei, s.authenticationKey());
        ModelIdentity identity = ModelIdentity.ofNullable(s.manic(), s.modic());
        handset.restore(identity, catalogue.current().classify(identity), state(s.state()),
                s.accessRightsGranted() == null || s.accessRightsGranted());
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
