package org.dlc.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.dlc.alarm.Alarm;
import org.dlc.alarm.AlarmService;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Extension;
import org.dlc.extension.ExtensionService;
import org.dlc.extension.Lim;
import org.dlc.handset.CatalogueEntry;
import org.dlc.handset.CatalogueService;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.handset.Handset;
import org.dlc.handset.HandsetType;
import org.dlc.handset.Ipei;
import org.dlc.handset.ModelIdentity;
import org.dlc.license.JpaLicenses;
import org.dlc.license.LicenseFile;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;
import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.readiness.ReadinessReport;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.InvalidInputException;
import org.dlc.transfer.SystemExport.ExportedAlarm;
import org.dlc.transfer.SystemExport.ExportedCatalogueEntry;
import org.dlc.transfer.SystemExport.ExportedExtension;
import org.dlc.transfer.SystemExport.ExportedSubscription;

/**
 * Export and import of the whole system, and the migration of a system from before enforcement; all or nothing.
 * Passive support enters only through a migration or a signed export.
 */
@Stateless
public class TransferService {

    /** The canonical form the signature covers: the same binding on both sides, nulls left out. */
    private static final Jsonb CANONICAL = JsonbBuilder.create();

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

    @EJB
    private AlarmService alarms;

    @EJB
    private ExportKeyring keyring;

    @EJB
    private AuditService audit;

    private final Clock clock = Clock.systemUTC();

    /** What an import loaded. */
    public record Imported(int extensions, int subscriptions, int passive, int alarms) {
    }

    /** The whole system, signed with this server's export key. */
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
        List<ExportedCatalogueEntry> entries = catalogue.entries().stream().map(c -> new ExportedCatalogueEntry(
                c.manic(), c.modicFrom(), c.modicTo(), c.vendor(), c.model(), c.mitel())).toList();
        List<ExportedAlarm> active = alarms.active().stream().map(TransferService::alarm).toList();
        SystemExport unsigned = new SystemExport(SystemExport.FORMAT, clock.instant(), licenses.installedFileText(),
                entries, out, active, null);
        return unsigned.signed(keyring.keys().sign(canonical(unsigned)));
    }

    private static ExportedSubscription subscription(Handset h) {
        ModelIdentity identity = h.modelIdentity();
        return new ExportedSubscription(h.ipei().value(), h.authenticationKey(), h.subscribedBeforeEnforcement(),
                h.accessRightsGranted(), h.state().name(), identity == null ? null : identity.manic(),
                identity == null ? null : identity.modic(), h.firstIdentifiedAt(), h.lastIdentifiedAt(),
                h.latestSeenAt());
    }

    private static ExportedAlarm alarm(AlarmSnapshot a) {
        return new ExportedAlarm(a.handle(), a.code(), a.lim(), a.additionalText(), a.count(), a.firstAt(),
                a.latestAt(), a.noticed(), a.directoryNumber(), a.ipei() == null ? null : Ipei.parse(a.ipei()).value());
    }

    private static byte[] canonical(SystemExport document) {
        return CANONICAL.toJson(document.unsigned()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Imports into this server: installs the license file if it is newer than the installed one, replaces the
     * catalogue if the document has one, creates the extensions (seizing their licenses) and subscriptions with
     * their state, and restores active alarms this server does not have. A subscription from before enforcement
     * (passive support) needs a valid signature by a trusted export key. Any bad entry changes nothing.
     */
    @Requires(Permission.TRANSFER_IMPORT)
    @RolesAllowed("admin")
    public Imported importAll(SystemExport in) {
        checkFormat(in);
        if (in.signature() != null || in.beforeEnforcementSubscriptions() > 0) {
            keyring.keys().verify(canonical(in), in.signature());
        }
        lockPoolFirst();
        if (in.catalogue() != null) {
            catalogue.replace(in.catalogue().stream().map(c -> new CatalogueEntry(c.manic(), c.modicFrom(),
                    c.modicTo(), c.vendor(), c.model(), c.mitel())).toList());
        }
        Loaded loaded = load(in, false);
        int restored = 0;
        for (ExportedAlarm a : in.alarms() == null ? List.<ExportedAlarm>of() : in.alarms()) {
            restored += alarms.restore(Alarm.restored(a.handle(), a.code(), new Lim(a.lim()), a.additionalText(),
                    a.count(), a.firstAt(), a.latestAt(), a.noticed(),
                    a.directoryNumber() == null ? null : new DirectoryNumber(a.directoryNumber()),
                    a.ipei() == null ? null : Ipei.parse(a.ipei()))) ? 1 : 0;
        }
        Imported imported = new Imported(loaded.extensions, loaded.subscriptions, loaded.migration.report().passive(),
                restored);
        audit.changed(AuditAction.IMPORT, "system", null, (in.signature() == null ? "unsigned" : "signed")
                + " export of " + in.exportedAt() + ": " + imported.extensions() + " extensions, "
                + imported.subscriptions() + " subscriptions (" + imported.passive() + " passive), "
                + imported.alarms() + " alarms restored");
        return imported;
    }

    /**
     * Loads a system from before enforcement (the upgrade): every subscription in it is one from before
     * enforcement. Allowed only while this system has no DECT subscription ({@link Migration}).
     */
    @Requires(Permission.MIGRATION_RUN)
    @RolesAllowed("admin")
    public Migration.Report migrate(SystemExport in) {
        checkFormat(in);
        Migration.checkDocument(in);
        Migration.checkAllowed(em.createQuery("SELECT COUNT(h) FROM Handset h", Long.class).getSingleResult());
        lockPoolFirst();
        Migration.Report report = load(in, true).migration.report();
        audit.changed(AuditAction.MIGRATION, "system", null, report.describe());
        return report;
    }

    /**
     * The upgrade readiness report of a migration document, before it is loaded: read and checked as
     * {@link #migrate} reads it, classified by this system's catalogue, against the pool it would draw on (its license
     * file if newer than the installed one, and verified like an installation). Nothing is loaded, stored or
     * recorded; the document's authentication keys are not kept.
     */
    @Requires(Permission.MIGRATION_DRY_RUN)
    @RolesAllowed({"admin", "operator"})
    public ReadinessReport migrationDryRun(SystemExport in) {
        checkFormat(in);
        Migration.checkDocument(in);
        Migration counted = Migration.counted(CheckedExtension.of(in, true), catalogue.current()::classify);
        LicenseStatus now = licenses.status();
        int allowed = in.licenseFile() != null && isNewer(in.licenseFile())
                ? licenses.verified(in.licenseFile()).allowed(ThirdPartyLicensePool.TAG) : now.allowed();
        return counted.readiness(clock.instant(), allowed, now.used());
    }

    /**
     * Every transaction that seizes takes the license pool's row before its audit records take their id counter's
     * row; a load seizes and audits over and over, so it takes the pool once, first, and keeps that order.
     */
    private void lockPoolFirst() {
        new JpaLicenses(em).lockPool();
    }

    private static void checkFormat(SystemExport in) {
        if (in.format() != 1 && in.format() != SystemExport.FORMAT) {
            throw new InvalidInputException("format", "must be 1 or " + SystemExport.FORMAT + ", was " + in.format());
        }
    }

    /** What {@link #load} created; the migration's count of what the subscriptions will be. */
    private record Loaded(int extensions, int subscriptions, Migration migration) {
    }

    private Loaded load(SystemExport in, boolean beforeEnforcement) {
        List<CheckedExtension> document = CheckedExtension.of(in, beforeEnforcement);
        if (in.licenseFile() != null && isNewer(in.licenseFile())) {
            licenses.install(in.licenseFile());
        }
        Migration counts = new Migration();
        int subscribed = 0;
        for (int i = 0; i < document.size(); i++) {
            try {
                subscribed += loadOne(document.get(i), counts) ? 1 : 0;
            } catch (InvalidInputException e) {
                throw CheckedExtension.at(i, e);
            }
        }
        return new Loaded(document.size(), subscribed, counts);
    }

    private boolean isNewer(String licenseFile) {
        String installed = licenses.installedFileText();
        return installed == null || LicenseFile.parse(licenseFile).sequence() > LicenseFile.parse(installed).sequence();
    }

    /** @return whether the extension has a subscription */
    private boolean loadOne(CheckedExtension x, Migration counts) {
        extensions.create(x.directoryNumber(), x.lim(), x.csp(), x.thirdPartyClient());
        counts.extension(x);
        CheckedExtension.Subscription s = x.dect();
        if (s == null) {
            return false;
        }
        Handset handset = s.beforeEnforcement()
                ? subscriptions.subscribeBeforeEnforcement(x.directoryNumber(), s.ipei(), s.authenticationKey())
                : subscriptions.subscribe(x.directoryNumber(), s.ipei(), s.authenticationKey());
        HandsetType type = catalogue.current().classify(s.identity());
        handset.restore(s.identity(), type, s.state(), s.accessRightsGranted());
        handset.restoreIdentification(s.firstIdentifiedAt(), s.lastIdentifiedAt());
        handset.restoreLatestSeen(s.latestSeenAt());
        if (s.beforeEnforcement()) {
            counts.subscription(x, type);
        }
        return true;
    }
}
