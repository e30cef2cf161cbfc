package org.dlc.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.dlc.alarm.AlarmService;
import org.dlc.diagnostic.DiagnosticEntry;
import org.dlc.diagnostic.JpaDiagnosticList;
import org.dlc.extension.Extension;
import org.dlc.handset.CatalogueService;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.handset.Handset;
import org.dlc.handset.HandsetType;
import org.dlc.handset.Ipei;
import org.dlc.handset.ModelIdentity;

/** The air-interface side: the two steps of on-air subscription, access rights then location registration. */
@Stateless
public class RegistrationService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private DectSubscriptionService subscriptions;

    @EJB
    private AlarmService alarms;

    private final Clock clock = Clock.systemUTC();

    /** Step one: IPEI and authentication code. The handset sends no model identity yet. */
    public RegistrationAnswer accessRights(Ipei ipei, String authenticationCode) {
        Optional<Handset> handset = subscriptions.byIpei(ipei);
        if (handset.isEmpty()) {
            return RegistrationAnswer.rejected("IPEI not subscribed");
        }
        if (!handset.get().grantAccessRights(authenticationCode)) {
            return RegistrationAnswer.rejected("authentication failed");
        }
        return RegistrationAnswer.accepted(RegistrationAnswer.SUBSCRIPTION_OK, "access rights granted");
    }

    /** Step two: the model identity (if any) is checked against the license control. */
    public RegistrationAnswer locationRegistration(Ipei ipei, ModelIdentity identity) {
        Optional<Handset> found = subscriptions.byIpei(ipei);
        if (found.isEmpty() || !found.get().accessRightsGranted()) {
            return RegistrationAnswer.rejected("IPEI not subscribed");
        }
        Handset handset = found.get();
        Extension extension = em.find(Extension.class, handset.directoryNumber().value());
        HandsetType type = catalogue.current().classify(identity);
        Decision decision = LocationRegistrationPolicy.decide(type.classification(), extension.thirdPartyClient(),
                handset.blocked(), handset.subscribedBeforeEnforcement());
        if (!decision.accepted()) {
            // Rejections of one extension queue on its row (taken before this transaction writes, as seizures
            // take it), so its alarm 12 is raised once and every repeat is counted; a license seized meanwhile
            // is seen, and decides.
            em.refresh(extension, LockModeType.PESSIMISTIC_WRITE);
            decision = LocationRegistrationPolicy.decide(type.classification(), extension.thirdPartyClient(),
                    handset.blocked(), handset.subscribedBeforeEnforcement());
        }
        Instant now = clock.instant();
        handset.registered(identity, type, decision.state(), now);
        JpaDiagnosticList diagnostics = new JpaDiagnosticList(em);
        switch (decision) {
            case ACCEPT_PASSIVE -> {
                Optional<DiagnosticEntry> entry = diagnostics.find(extension.directoryNumber().value());
                if (entry.isPresent()) {
                    entry.get().identifiedAgain(identity, now);
                } else {
                    diagnostics.add(new DiagnosticEntry(handset, extension.lim().number(), now));
                }
                alarms.passiveHandsetIdentified(extension.directoryNumber(), extension.lim());
            }
            case REJECT_NO_LICENSE -> alarms.registrationRejected(extension.directoryNumber(), extension.lim());
            case ACCEPT_EXEMPT, ACCEPT_LICENSED -> diagnostics.remove(extension.directoryNumber().value());
        }
        return decision.accepted()
                ? RegistrationAnswer.accepted(RegistrationAnswer.SUBSCRIPTION_OK, decision.name())
                : RegistrationAnswer.rejected("no third-party license (" + decision.name() + ")");
    }
}
