package org.dlc.registration;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.dlc.alarm.AffectedHandset;
import org.dlc.alarm.AlarmMemory;
import org.dlc.alarm.AlarmService;
import org.dlc.extension.Extension;
import org.dlc.handset.CatalogueService;
import org.dlc.handset.Handset;
import org.dlc.handset.HandsetLookup;
import org.dlc.handset.HandsetType;
import org.dlc.handset.Ipei;
import org.dlc.handset.ModelIdentity;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * The air-interface side: the two steps of on-air subscription, access rights then location registration.
 *
 * <p>A singleton whose methods all run concurrently (read lock; its state is the container's thread-safe proxies),
 * not a pooled stateless bean: a registration that changes something calls {@link #record} through the container
 * (its transaction) from {@link #locationRegistration}, and with a pool each such request held one instance while
 * waiting for a second: a storm as wide as the pool (every worker thread on a first registration) held them all and
 * waited for the pool's timeout, minutes, with nothing answered (found by the benchmark's first-registration
 * storm at 64 connections).
 */
@Singleton
@Lock(LockType.READ)
public class RegistrationService {

    private static final RegistrationAnswer NOT_SUBSCRIBED = RegistrationAnswer.rejected("IPEI not subscribed");

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AlarmService alarms;

    @Resource
    private SessionContext context;

    @Inject
    private LocationRegistrationCounts counts;

    @Inject
    private AlarmMemory alarmMemory;

    @Inject
    private HandsetLookup handsets;

    private final Clock clock = Clock.systemUTC();

    /** Step one: IPEI and authentication code. The handset sends no model identity yet. */
    @Requires(Permission.DECT_AIR_INTERFACE)
    @RolesAllowed({"admin", "operator", "dect-controller"})
    public RegistrationAnswer accessRights(Ipei ipei, String authenticationCode) {
        Optional<Handset> handset = handsets.byIpei(em, ipei);
        if (handset.isEmpty()) {
            return NOT_SUBSCRIBED;
        }
        if (!handset.get().grantAccessRights(authenticationCode)) {
            return RegistrationAnswer.rejected("authentication failed");
        }
        return RegistrationAnswer.accepted(RegistrationAnswer.SUBSCRIPTION_OK, "access rights granted");
    }

    /**
     * Step two: the model identity (if any) is checked against the license control. A repeat that changes no handset
     * ({@link Handset#unchangedBy}: most of a storm after a power cut, or of retries after enforcement starts) is
     * answered from the shared cache and {@link AlarmMemory}, without a transaction or a write, when the alarm log
     * needs nothing of it that memory cannot do ({@link Decision.Repeat}); anything else is {@linkplain #record
     * recorded} in one.
     */
    @Requires(Permission.DECT_AIR_INTERFACE)
    @RolesAllowed({"admin", "operator", "dect-controller"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RegistrationAnswer locationRegistration(Ipei ipei, ModelIdentity identity) {
        Optional<Found> found = find(ipei, identity);
        if (found.isEmpty()) {
            counts.notSubscribed();
            return NOT_SUBSCRIBED;
        }
        Found f = found.get();
        Decision decision = f.decide();
        Instant now = clock.instant();
        if (f.handset().unchangedBy(identity, f.type(), decision.state(), now) && repeatedInMemory(decision, f, now)) {
            counts.decided(decision);
            return answer(decision);
        }
        return context.getBusinessObject(RegistrationService.class).record(ipei, identity);
    }

    private boolean repeatedInMemory(Decision decision, Found found, Instant now) {
        return switch (decision.repeat()) {
            case NOTHING -> true;
            case PASSIVE_ALARM_ACTIVE -> alarmMemory.passiveHandsetAlarmActive();
            case COUNTS_IN_ALARM_12 -> alarmMemory.countRejection(found.affected(), now);
        };
    }

    /** What a location registration finds: the subscribed handset, its extension, the catalogue's classification. */
    private record Found(Handset handset, Extension extension, HandsetType type) {
        Decision decide() {
            return LocationRegistrationPolicy.decide(type.classification(), extension.thirdPartyClient(),
                    handset.blocked(), handset.subscribedBeforeEnforcement());
        }

        AffectedHandset affected() {
            return new AffectedHandset(extension.directoryNumber(), extension.lim(), handset.ipei());
        }
    }

    private Optional<Found> find(Ipei ipei, ModelIdentity identity) {
        return handsets.byIpei(em, ipei).filter(Handset::accessRightsGranted).map(handset -> new Found(handset,
                em.find(Extension.class, handset.directoryNumber().value()), catalogue.current().classify(identity)));
    }

    /**
     * A location registration that changes something: decided again on what this transaction reads and locks.
     * Counted as decided even if the commit then fails (the handset saw no answer; it was still a registration).
     */
    @Requires(Permission.DECT_AIR_INTERFACE)
    @RolesAllowed({"admin", "operator", "dect-controller"})
    public RegistrationAnswer record(Ipei ipei, ModelIdentity identity) {
        Optional<Found> found = find(ipei, identity);
        if (found.isEmpty()) {
            counts.notSubscribed();
            return NOT_SUBSCRIBED;
        }
        Handset handset = found.get().handset();
        Extension extension = found.get().extension();
        HandsetType type = found.get().type();
        Decision decision = found.get().decide();
        if (!decision.accepted()) {
            // Rejections of one extension queue on its row (taken before this transaction writes, as seizures
            // take it), so its alarm 12 is raised once and every repeat is counted; a license seized meanwhile
            // is seen, and decides.
            em.refresh(extension, LockModeType.PESSIMISTIC_WRITE);
            decision = found.get().decide();
        }
        Instant now = clock.instant();
        // A passive registration also moves the handset's identification times (diagnostic_print), at most once
        // a minute; the list itself is derived from the handsets, so no other outcome has a list to update.
        handset.registered(identity, type, decision.state(), now);
        AffectedHandset affected = found.get().affected();
        switch (decision) {
            case ACCEPT_PASSIVE -> alarms.passiveHandsetIdentified(affected);
            case REJECT_NO_LICENSE -> alarms.registrationRejected(affected);
            case ACCEPT_EXEMPT, ACCEPT_LICENSED -> { }
        }
        counts.decided(decision);
        return answer(decision);
    }

    private static RegistrationAnswer answer(Decision decision) {
        return decision.accepted()
                ? RegistrationAnswer.accepted(RegistrationAnswer.SUBSCRIPTION_OK, decision.name())
                : RegistrationAnswer.rejected("no third-party license (" + decision.name() + ")");
    }
}
