package org.dlc.snmp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The notification originator: SNMPv2c TRAPs and SNMPv3 authPriv (SHA-256, AES-128) INFORMs to the configured
 * targets, from its own UDP socket on the agent's address. Each target has its own single thread with a bounded
 * queue, so a slow target (an INFORM engine-id discovery that times out) delays nobody else, and order per target
 * is kept. INFORMs are asynchronous: retries and timeout as configured; a timeout is logged and counted.
 */
final class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
    private static final int QUEUE_PER_TARGET = 1000;

    private final Snmp snmp;
    private final List<Target> targets = new ArrayList<>();
    private final AtomicLong sent;
    private final AtomicLong informsTimedOut;
    private final AtomicLong dropped = new AtomicLong();

    private record Target(String name, ExecutorService executor, java.util.function.Consumer<List<VariableBinding>> send) {
    }

    NotificationSender(SnmpConfig config, AtomicLong sent, AtomicLong informsTimedOut) throws IOException {
        this.sent = sent;
        this.informsTimedOut = informsTimedOut;
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.defaultSecurity);
        CounterSupport counters = new CounterSupport();
        OctetString engineId = new OctetString(MPv3.createLocalEngineID());
        USM usm = new USM(protocols, engineId, 1, counters);
        SecurityModels models = new SecurityModels();
        models.addSecurityModel(usm);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(engineId.getValue(), null, protocols, models, counters));
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(config.address() + "/0"));
        snmp = new Snmp(dispatcher, transport);
        snmp.listen();
        for (SnmpConfig.TrapTarget t : config.trapTargets()) {
            CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress(t.address() + "/" + t.port()),
                    new OctetString(t.community()));
            target.setVersion(SnmpConstants.version2c);
            String name = "v2c trap " + t.address() + ":" + t.port();
            targets.add(new Target(name, executor(name), vbs -> trap(name, target, vbs)));
        }
        for (SnmpConfig.InformTarget t : config.informTargets()) {
            OctetString user = new OctetString(t.user());
            usm.addUser(new UsmUser(user, AuthHMAC192SHA256.ID, new OctetString(t.authPassword()), PrivAES128.ID,
                    new OctetString(t.privPassword())));
            UserTarget<UdpAddress> target = new UserTarget<>(new UdpAddress(t.address() + "/" + t.port()), user,
                    new byte[0], SecurityLevel.AUTH_PRIV);
            target.setVersion(SnmpConstants.version3);
            target.setRetries(t.retries());
            target.setTimeout(t.timeoutMillis());
            String name = "v3 inform " + t.user() + "@" + t.address() + ":" + t.port();
            targets.add(new Target(name, executor(name), vbs -> inform(name, target, vbs)));
        }
    }

    private static ExecutorService executor(String name) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_PER_TARGET),
                r -> {
                    Thread t = new Thread(r, "DLC-SNMP " + name);
                    t.setDaemon(true);
                    return t;
                });
    }

    int targetCount() {
        return targets.size();
    }

    /** Never blocks: hands the notification to each target's queue (dropped and logged when one is full). */
    void send(List<VariableBinding> vbs) {
        for (Target t : targets) {
            try {
                t.executor().execute(() -> t.send().accept(vbs));
            } catch (RejectedExecutionException e) {
                long n = dropped.incrementAndGet();
                LOG.warning("SNMP notification to " + t.name() + " dropped: its queue is full or the sender is stopping (" + n + " dropped)");
            }
        }
    }

    private void trap(String name, CommunityTarget<UdpAddress> target, List<VariableBinding> vbs) {
        PDU pdu = new PDU(PDU.TRAP, vbs);
        try {
            snmp.send(pdu, target);
            sent.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SNMP trap to " + name + " failed: " + e.getMessage(), e);
        }
    }

    private void inform(String name, UserTarget<UdpAddress> target, List<VariableBinding> vbs) {
        ScopedPDU pdu = new ScopedPDU();
        pdu.setType(PDU.INFORM);
        pdu.addAll(vbs);
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                PDU response = event.getResponse();
                if (response == null) {
                    long n = informsTimedOut.incrementAndGet();
                    LOG.warning("SNMP inform to " + name + " timed out after " + target.getRetries() + " retries of "
                            + target.getTimeout() + " ms (" + n + " timed out so far)"
                            + (event.getError() == null ? "" : ": " + event.getError()));
                } else if (response.getType() == PDU.REPORT) {
                    LOG.warning("SNMP inform to " + name + " refused with a report: " + response.getVariableBindings()
                            + " (wrong user or password?)");
                } else if (response.getErrorStatus() != 0) {
                    LOG.warning("SNMP inform to " + name + " answered with error " + response.getErrorStatusText());
                }
            }
        };
        try {
            snmp.send(pdu, target, null, listener);
            sent.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SNMP inform to " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Stops the target threads (waiting briefly for queued notifications), then closes the socket. */
    void close() {
        targets.forEach(t -> t.executor().shutdown());
        for (Target t : targets) {
            try {
                if (!t.executor().awaitTermination(2, TimeUnit.SECONDS)) {
                    t.executor().shutdownNow();
                }
            } catch (InterruptedException e) {
                t.executor().shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        try {
            snmp.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing SNMP session", e);
        }
    }
}
