package org.dlc.snmp;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.system.DataDirectory;
import org.snmp4j.cfg.EngineBootsCounterFile;
import org.snmp4j.mp.MPv3;
import org.snmp4j.smi.OctetString;

/**
 * The SNMP agent's state row ({@link SnmpAgentState}). Only {@link SnmpService} calls it, after its own permission
 * checks (no adapter reaches it: hence {@code @PermitAll}). Each call is a transaction of its own, committed when
 * it returns: the agent restarts on what is stored, and a failed registration never rolls its counting back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SnmpStore {

    private static final Logger LOG = Logger.getLogger(SnmpStore.class.getName());

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private AuditService audit;

    /** The stored configuration, with its secrets. */
    @PermitAll
    public SnmpConfig config() {
        return row(LockModeType.NONE).config();
    }

    /** Replaces the configuration, with the audit record of {@code actor}'s change (shown without secrets). */
    @PermitAll
    public void configure(SnmpConfig config, String actor, String shownBefore, String shownAfter) {
        audit.changedBy(actor, AuditAction.SNMP_CONFIG_CHANGE, "SNMP configuration", shownBefore, shownAfter);
        row(LockModeType.PESSIMISTIC_WRITE).configure(config);
    }

    /** What an agent starting now is: the configuration, the engine with one boot more, where counting goes on. */
    public record Activation(SnmpConfig config, byte[] engineId, int engineBoots, long sequence,
                             long notificationsSent, long informsTimedOut) {
    }

    @PermitAll
    public Activation activate() {
        SnmpAgentState s = row(LockModeType.PESSIMISTIC_WRITE);
        int boots = s.boot();
        return new Activation(s.config(), s.engineId(), boots, s.sequence(), s.notificationsSent(),
                s.informsTimedOut());
    }

    @PermitAll
    public void reserveSequence(long upTo) {
        row(LockModeType.PESSIMISTIC_WRITE).reserveSequence(upTo);
    }

    @PermitAll
    public void counted(long sent, long timedOut) {
        row(LockModeType.PESSIMISTIC_WRITE).counted(sent, timedOut);
    }

    private SnmpAgentState row(LockModeType lock) {
        SnmpAgentState s = em.find(SnmpAgentState.class, SnmpAgentState.ID, lock);
        if (s == null) {
            s = created();
            em.persist(s);
            em.flush();
            if (lock != LockModeType.NONE) {
                em.lock(s, lock);
            }
        }
        return s;
    }

    /**
     * The first start: the configuration and engine of a data directory from before the state moved to the
     * database (agent.json, engine-boots: imported), or a new engine with
     * {@link SnmpConfig#initial()}.
     */
    private static SnmpAgentState created() {
        Path dir = DataDirectory.path().resolve("snmp");
        Path file = dir.resolve("agent.json");
        Path boots = dir.resolve("engine-boots");
        try {
            SnmpConfig config = Files.exists(file) ? SnmpConfig.fromJson(Files.readString(file)) : SnmpConfig.initial();
            OctetString fresh = new OctetString(MPv3.createLocalEngineID());
            byte[] engineId = fresh.getValue();
            int engineBoots = 0;
            if (Files.exists(boots)) {
                EngineBootsCounterFile old = new EngineBootsCounterFile(boots.toFile());
                engineId = old.getEngineId(fresh).getValue();
                engineBoots = old.getEngineBoots();
            }
            for (Path old : new Path[] {file, boots}) {
                if (Files.exists(old)) {
                    // Left in place: if this transaction fails, the next start imports it again.
                    LOG.warning("SNMP: " + old + " imported into the database (table SNMP_AGENT); it is no longer read,"
                            + " delete it (it may hold secrets)");
                }
            }
            return new SnmpAgentState(config, engineId, engineBoots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
