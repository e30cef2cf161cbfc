package org.dlc.snmp;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.alarm.AlarmEvent;
import org.dlc.alarm.AlarmService;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.alarm.AlarmSyslog;
import org.dlc.persistence.ClusterMode;
import org.dlc.shared.SecretFingerprint;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * Starts the SNMP agent and the notification sender with the application and stops both (sockets and threads)
 * when it is undeployed. Follows the alarm log: each committed alarm change updates the active table and, for
 * raises, clears and (throttled, see {@link RepeatThrottle}) repeats, is handed to the sender, which never
 * blocks the caller. The configuration, engine identity and counting are stored in the database ({@link SnmpStore});
 * replacing the configuration restarts agent and sender with the new one. It reads the active alarms as {@code read-only} (at start, with
 * no caller, too); committed alarm changes reach it from every caller, the DECT controller included.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@RunAs("read-only")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnmpService {

    private static final Logger LOG = Logger.getLogger(SnmpService.class.getName());

    @EJB
    private AlarmService alarms;

    @EJB
    private SnmpStore store;

    /** The caller of {@link #replace}, for the audit trail (this bean calls on as read-only). */
    @Resource
    private SessionContext context;

    /** Continued from the stored values when an agent starts; stored every {@link #COUNTERS_SAVED_SECONDS}. */
    private final AtomicLong notificationsSent = new AtomicLong();
    private final AtomicLong informsTimedOut = new AtomicLong();
    private NotificationSequence sequence;

    static final int COUNTERS_SAVED_SECONDS = 10;
    static final int ALARM_LOG_READ_SECONDS = 1;

    private volatile Running running;

    private volatile SecretFingerprint fingerprint;

    /** Whether an agent ran before in this deployment: its next start is a warmStart, the first a coldStart. */
    private boolean startedBefore;

    /**
     * One configuration's agent (null when its address could not be bound), sender, throttle, and the thread
     * that sends the heartbeat and stores the counters.
     */
    private record Running(SnmpConfig stored, SnmpConfig config, DlcAgent.Engine engine, DlcAgent agent,
                           NotificationSender sender, RepeatThrottle throttle, AlarmTracker tracker,
                           long startedNanos, ScheduledExecutorService timer) {

        long upTimeCentis() {
            return agent != null ? agent.upTimeCentis() : (System.nanoTime() - startedNanos) / 10_000_000L;
        }
    }

    /** This bean through the container, for the agent's own threads: its calls run as read-only (@RunAs). */
    private SnmpService self;
    /** On a cluster node: where the outcome of the election is acted on (never on the election's thread). */
    private ExecutorService election;

    /**
     * A single server runs the agent from the start; a cluster node when WildFly's singleton service elects it
     * ({@link SingletonSnmpAgent}), and stops it when another node takes over.
     */
    @PostConstruct
    void start() {
        sequence = new NotificationSequence(store::reserveSequence);
        self = context.getBusinessObject(SnmpService.class);
        if (ClusterMode.on()) {
            election = Executors.newSingleThreadExecutor(task -> new Thread(task, "DLC-SNMP-election"));
            SnmpElection.follow(elected -> election.execute(() -> self.elected(elected)));
        } else {
            activate();
        }
    }

    private void activate() {
        try {
            startWith(store.activate());
        } catch (RuntimeException e) {
            // A broken stored configuration must not stop the application; the REST API can replace it.
            LOG.log(Level.SEVERE, "SNMP agent not started: " + e.getMessage(), e);
        }
    }

    /**
     * For the readiness check (no caller, no secret): what keeps the agent from working where it should run; a
     * cluster node that another node's agent stands in for has none.
     */
    @PermitAll
    public Optional<String> agentProblem() {
        Running r = running;
        if (r == null) {
            return ClusterMode.on() ? Optional.empty() : Optional.of("the SNMP agent did not start (see the server log)");
        }
        return r.agent() != null ? Optional.empty() : Optional.of("the SNMP agent does not listen on UDP "
                + r.config().address() + ":" + r.config().port());
    }

    /** The singleton service started (true) or stopped (false) on this cluster node. */
    @PermitAll
    public synchronized void elected(boolean now) {
        if (now && running == null) {
            LOG.info("SNMP: this node runs the cluster's agent now");
            activate();
        } else if (!now && running != null) {
            LOG.info("SNMP: another node runs the cluster's agent now");
            stop();
        }
    }

    @PreDestroy
    void undeployed() {
        if (election != null) {
            election.shutdownNow();
        }
        stop();
    }

    private void stop() {
        synchronized (this) {
            Running r = running;
            running = null;
            if (r != null) {
                shutdown(r);
            }
        }
    }

    /**
     * The stored configuration (address and port as stored, before system property overrides), with its
     * secrets: it never leaves this service (see {@link #shownConfig()}).
     */
    private SnmpConfig config() {
        return store.config();
    }

    /** The configuration in effect, after system property overrides; null when the agent is not running. */
    @Requires(Permission.SNMP_STATUS_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public SnmpConfig effectiveConfig() {
        Running r = running;
        return r == null ? null : r.config();
    }

    /** The stored configuration as an administrator sees it: secrets as fingerprints (see {@link SnmpConfig}). */
    @Requires(Permission.SNMP_CONFIG_READ)
    @RolesAllowed("admin")
    public JsonObject shownConfig() {
        return config().toShownJson(fingerprint());
    }

    /**
     * Replaces the configuration with a JSON document whose left-out secrets keep the stored ones (see
     * {@link SnmpConfig#fromJson(String, SnmpConfig)}), stores it and restarts agent and sender with it (a
     * warmStart to each target). Invalid input changes nothing. @return the new configuration as
     * {@link #shownConfig()} shows it
     */
    @Requires(Permission.SNMP_CONFIG_CHANGE)
    @RolesAllowed("admin")
    public synchronized JsonObject replace(String json) {
        return apply(SnmpConfig.fromJson(json, config()));
    }

    /** As {@link #replace}, with a JSON merge patch of the stored configuration ({@link SnmpConfig#merged}). */
    @Requires(Permission.SNMP_CONFIG_CHANGE)
    @RolesAllowed("admin")
    public synchronized JsonObject patch(String json) {
        return apply(SnmpConfig.merged(json, config()));
    }

    /**
     * Stored with its audit record (committed when the store returns), then the agent restarts on it: here, or
     * on the cluster node that runs it, when it next reads the stored state ({@link #readAlarmLog}).
     */
    private JsonObject apply(SnmpConfig config) {
        store.configure(config, context.getCallerPrincipal().getName(), shownConfig().toString(),
                config.toShownJson(fingerprint()).toString());
        if (!ClusterMode.on() || running != null) {
            restart();
        }
        return shownConfig();
    }

    private synchronized void restart() {
        stop();
        activate();
    }

    private SecretFingerprint fingerprint() {
        SecretFingerprint f = fingerprint;
        if (f == null) {
            f = SecretFingerprint.loadOrCreate(SecretFingerprint.keyFile());
            fingerprint = f;
        }
        return f;
    }

    @Requires(Permission.SNMP_STATUS_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public long notificationsSent() {
        return notificationsSent.get();
    }

    @Requires(Permission.SNMP_STATUS_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public long informsTimedOut() {
        return informsTimedOut.get();
    }

    /** The latest alarm notification's sequence number (dlcNotificationSequence), SNMP and syslog alike. */
    @Requires(Permission.SNMP_STATUS_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public long notificationSequence() {
        return sequence.latest();
    }

    /** snmpEngineID (hexadecimal, as net-snmp's {@code -e} takes it) and snmpEngineBoots. */
    public record EngineIdentity(String id, int boots) {
    }

    /** The agent's engine (a v3 TRAP receiver needs its id); null when not running. */
    @Requires(Permission.SNMP_STATUS_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public EngineIdentity engine() {
        Running r = running;
        return r == null ? null : new EngineIdentity(HexFormat.of().formatHex(r.engine().id()), r.engine().boots());
    }

    @Requires(Permission.SNMP_STATUS_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public boolean agentListening() {
        Running r = running;
        return r != null && r.agent() != null;
    }

    private synchronized void startWith(SnmpStore.Activation activation) {
        SnmpConfig config = activation.config().withSystemOverrides();
        // Counting goes on where the agent that ran last (here, or on another server) stored it.
        notificationsSent.accumulateAndGet(activation.notificationsSent(), Math::max);
        informsTimedOut.accumulateAndGet(activation.informsTimedOut(), Math::max);
        sequence.continueAfter(activation.sequence());
        DlcAgent.Engine engine = new DlcAgent.Engine(activation.engineId(), activation.engineBoots());
        NotificationSender sender = null;
        DlcAgent agent = null;
        try {
            sender = new NotificationSender(config, notificationsSent, informsTimedOut);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "SNMP notifications disabled: cannot open a UDP socket on " + config.address()
                    + ": " + e.getMessage(), e);
        }
        try {
            agent = DlcAgent.start(config, engine, alarms.active(), alarms.recentlyCleared(config.clearedHistorySize()), notificationsSent,
                    informsTimedOut, sequence::latest);
            LOG.info("SNMP agent listening on UDP " + config.address() + ":" + config.port() + " (v2c read "
                    + (config.readCommunity() == null ? "off" : "on") + ", " + config.readUsers().size()
                    + " v3 read user(s), " + config.trapTargets().size() + " trap and "
                    + config.informTargets().size() + " inform target(s))");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "SNMP agent not listening on UDP " + config.address() + ":" + config.port()
                    + ": " + e.getMessage() + " (notifications are still sent)", e);
        }
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "DLC-SNMP-timer"));
        Running r = new Running(activation.config(), config, engine, agent, sender,
                new RepeatThrottle(Duration.ofSeconds(config.repeatNotifyIntervalSeconds())),
                new AlarmTracker(alarms.active()), System.nanoTime(), timer);
        running = r;
        if (sender != null && config.heartbeatIntervalSeconds() > 0) {
            long every = config.heartbeatIntervalSeconds();
            timer.scheduleAtFixedRate(() -> heartbeat(r), every, every, TimeUnit.SECONDS);
        }
        timer.scheduleWithFixedDelay(this::saveCounters, COUNTERS_SAVED_SECONDS, COUNTERS_SAVED_SECONDS,
                TimeUnit.SECONDS);
        if (ClusterMode.on()) {
            timer.scheduleWithFixedDelay(() -> self.readAlarmLog(), ALARM_LOG_READ_SECONDS, ALARM_LOG_READ_SECONDS,
                    TimeUnit.SECONDS);
        }
        if (agent != null) {
            // Changes committed while starting: the table must match the log.
            agent.replaceAll(alarms.active(), alarms.recentlyCleared(config.clearedHistorySize()));
        }
        if (sender != null) {
            sender.send(DlcMib.startNotification(startedBefore, r.upTimeCentis()));
        }
        startedBefore = true;
    }

    private void shutdown(Running r) {
        r.timer().shutdownNow();
        if (r.sender() != null) {
            r.sender().close();
        }
        saveCounters();
        if (r.agent() != null) {
            r.agent().stop();
        }
        LOG.info("SNMP agent on UDP " + r.config().address() + ":" + r.config().port() + " stopped");
    }

    /**
     * After the alarm change is committed (never for a rolled back one): table update in the caller's thread
     * (in memory, microseconds), sending handed to the sender's per-target threads.
     */
    @PermitAll
    public void alarmChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlarmEvent event) {
        Running r = running;
        if (r == null) {
            return;
        }
        try {
            Instant now = Instant.now();
            for (AlarmEvent change : r.tracker().accept(event)) {
                handle(r, change, now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SNMP: alarm event " + event + " not handled: " + e.getMessage(), e);
        }
    }

    private void handle(Running r, AlarmEvent event, Instant now) {
        AlarmSnapshot a = event.alarm();
        if (r.agent() != null) {
            if (event.kind() == AlarmEvent.Kind.CLEARED) {
                r.agent().cleared(a);
            } else {
                r.agent().update(a);
            }
        }
        boolean notify = switch (event.kind()) {
            case RAISED -> {
                r.throttle().raised(a.handle(), now);
                yield true;
            }
            case REPEATED -> r.throttle().repeated(a.handle(), now);
            case CLEARED -> {
                r.throttle().cleared(a.handle());
                yield true;
            }
            case NOTICED -> true;
            case RESTORED -> false;
        };
        if (notify) {
            long sequence = nextSequence();
            if (r.sender() != null) {
                r.sender().send(DlcMib.notification(event.kind(), a, now, r.upTimeCentis(), sequence));
            }
            AlarmSyslog.send(event.kind(), a, sequence);
        }
    }

    /**
     * On a cluster the alarms change on every node, and only the node that runs the agent hears its own events:
     * it reads the alarm log every {@link #ALARM_LOG_READ_SECONDS} s and notifies what changed elsewhere (each
     * change once: {@link AlarmTracker}), and restarts when the stored configuration changed on another node.
     */
    @PermitAll
    public void readAlarmLog() {
        Running r = running;
        if (r == null) {
            return;
        }
        try {
            if (!store.config().equals(r.stored())) {
                election.execute(() -> self.restartIfRunning());
                return;
            }
            long reading = r.tracker().reading();
            List<AlarmSnapshot> activeNow = alarms.active();
            Instant now = Instant.now();
            for (AlarmEvent change : r.tracker().changesSince(reading, activeNow, alarms::find)) {
                handle(r, change, now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SNMP: alarm log not read: " + e.getMessage(), e);
        }
    }

    /** The configuration changed on another node: this node's agent restarts on it (a warmStart). */
    @PermitAll
    public synchronized void restartIfRunning() {
        if (running != null) {
            restart();
        }
    }

    private long nextSequence() {
        return sequence.next();
    }

    /** A crash loses at most the last {@link #COUNTERS_SAVED_SECONDS} seconds of counting. */
    private void saveCounters() {
        try {
            store.counted(notificationsSent.get(), informsTimedOut.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SNMP counters not stored: " + e.getMessage(), e);
        }
    }

    /** dlcHeartbeat: takes no sequence number, carries the latest one. */
    private void heartbeat(Running r) {
        try {
            DlcAgent agent = r.agent();
            r.sender().send(DlcMib.heartbeat(r.upTimeCentis(), sequence.latest(), agent == null ? 0 : agent.rowCount(),
                    agent == null ? 0 : agent.lastChangedCentis()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SNMP heartbeat not sent: " + e.getMessage(), e);
        }
    }
}
