package org.dlc.snmp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.system.Product;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.agent.AgentConfigManager;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.mo.DefaultMOMutableTableModel;
import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.agent.mo.DefaultMOTableRow;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOColumn;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.agent.mo.MOTableIndex;
import org.snmp4j.agent.mo.MOTableSubIndex;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.cfg.EngineBootsCounterFile;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.ThreadPool;
import org.snmp4j.mp.CounterSupport;

/**
 * The command responder: an SNMP4J agent on one UDP address that serves, read-only, the system group
 * (sysDescr, sysObjectID = dlcMIB, sysUpTime, and sysName, sysContact, sysLocation as configured) and DLC-MIB:
 * the active alarm table, dlcAlarmActiveLastChanged and dlcAlarmActiveCount, and the statistics (notifications
 * sent, informs timed out, the latest notification sequence number). Everything else of the agent's own MIBs
 * (USM, VACM, community and target tables) is outside every view, so no secret can be read. No write access
 * exists: no view is configured for writing.
 * Its engine id and boots counter live in {@code <state dir>/engine-boots}.
 */
final class DlcAgent {

    private static final Logger LOG = Logger.getLogger(DlcAgent.class.getName());

    private static final OctetString READ_VIEW = new OctetString("dlcReadView");
    private static final OctetString NO_VIEW = new OctetString();
    private static final OctetString V2C_GROUP = new OctetString("dlcV2cRead");
    private static final OctetString V3_GROUP = new OctetString("dlcV3Read");
    private static final OctetString V2C_SECURITY_NAME = new OctetString("dlcV2cReader");
    private static final OID SYSTEM_GROUP = new OID("1.3.6.1.2.1.1");

    private final AgentManager manager;
    private final ThreadPool workerPool;
    private final DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> table;
    private final Set<Integer> clearedHandles = new HashSet<>();
    /** sysUpTime when a row was last created or deleted (dlcAlarmActiveLastChanged); 0: none since start. */
    private volatile long lastChangedCentis;

    private DlcAgent(AgentManager manager, ThreadPool workerPool,
                     DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> table) {
        this.manager = manager;
        this.workerPool = workerPool;
        this.table = table;
    }

    /** Sets sysDescr and sysObjectID; SNMP4J's own coldStart would go to its empty target table: SnmpService sends coldStart and warmStart to the configured targets. */
    private static final class AgentManager extends AgentConfigManager {

        AgentManager(OctetString engineId, MessageDispatcherImpl dispatcher, MOServer server, ThreadPool pool,
                     EngineBootsCounterFile boots) {
            super(engineId, dispatcher, null, new MOServer[] {server}, pool, null, null, boots);
            sysDescr = new OctetString(Product.CURRENT.name() + " " + Product.CURRENT.version()
                    + " SNMP agent (SNMP4J-Agent)");
            sysOID = DlcMib.SYS_OBJECT_ID;
        }

        @Override
        protected void fireLaunchNotifications() {
            // notifications are DLC-MIB's only; see NotificationSender
        }

        org.snmp4j.MessageDispatcher dispatcher() {
            return dispatcher;
        }

        /** After {@link #initialize()}: sysName, sysContact, sysLocation as configured. */
        void systemGroup(SnmpConfig.SystemGroup system) {
            snmpv2MIB.setName(new OctetString(system.name()));
            snmpv2MIB.setContact(new OctetString(system.contact()));
            snmpv2MIB.setLocation(new OctetString(system.location()));
        }
    }

    /**
     * Starts listening; @throws IOException when the address cannot be bound (the caller logs it and the
     * application runs on without the agent)
     */
    static DlcAgent start(SnmpConfig config, Path stateDir, List<AlarmSnapshot> active,
                          AtomicLong notificationsSent, AtomicLong informsTimedOut, AtomicLong sequence)
            throws IOException {
        Files.createDirectories(stateDir);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        DefaultUdpTransportMapping transport =
                new DefaultUdpTransportMapping(new UdpAddress(config.address() + "/" + config.port()));
        dispatcher.addTransportMapping(transport);
        File bootsFile = stateDir.resolve("engine-boots").toFile();
        EngineBootsCounterFile boots = new EngineBootsCounterFile(bootsFile);
        OctetString engineId = boots.getEngineId(new OctetString(MPv3.createLocalEngineID()));
        DefaultMOServer server = new DefaultMOServer();
        ThreadPool pool = ThreadPool.create("DLC-SNMP-agent", 2);
        AgentManager manager = new AgentManager(engineId, dispatcher, server, pool, boots);
        // Own instances, not SNMP4J's process-wide singletons: a redeploy or reconfiguration starts clean.
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.defaultSecurity);
        manager.setContext(new SecurityModels(), protocols, new CounterSupport());
        DlcAgent agent = new DlcAgent(manager, pool, activeTable());
        try {
            manager.initialize();
            manager.systemGroup(config.system());
            agent.register(server, notificationsSent, informsTimedOut, sequence);
            agent.configureAccess(config);
            agent.replaceAll(active);
            manager.run();
            if (!transport.isListening()) {
                throw new IOException("could not listen on UDP " + config.address() + ":" + config.port());
            }
            return agent;
        } catch (IOException | RuntimeException | DuplicateRegistrationException e) {
            agent.stop();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private static DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>>
            activeTable() {
        MOTableIndex index = new MOTableIndex(new MOTableSubIndex[] {
                new MOTableSubIndex(DlcMib.column(DlcMib.COL_HANDLE), SMIConstants.SYNTAX_GAUGE32, 1, 1)});
        int[] syntax = {0, SMIConstants.SYNTAX_GAUGE32, SMIConstants.SYNTAX_GAUGE32, SMIConstants.SYNTAX_INTEGER,
                SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_GAUGE32, SMIConstants.SYNTAX_INTEGER,
                SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_GAUGE32,
                SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_INTEGER};
        @SuppressWarnings("unchecked")
        MOColumn<Variable>[] columns = new MOColumn[12];
        for (int col = 1; col <= 12; col++) {
            columns[col - 1] = new MOColumn<>(col, syntax[col],
                    col == DlcMib.COL_HANDLE ? MOAccessImpl.ACCESS_FOR_NOTIFY : MOAccessImpl.ACCESS_READ_ONLY);
        }
        DefaultMOMutableTableModel<DefaultMOTableRow> model = new DefaultMOMutableTableModel<>();
        return new DefaultMOTable<>(DlcMib.DLC_ALARM_ACTIVE_ENTRY, index, columns, model);
    }

    private void register(DefaultMOServer server, AtomicLong sent, AtomicLong timedOut, AtomicLong sequence)
            throws DuplicateRegistrationException {
        server.register(table, null);
        server.register(scalar(DlcMib.DLC_NOTIFICATIONS_SENT, () -> new Counter32(sent.get() & 0xFFFFFFFFL)), null);
        server.register(scalar(DlcMib.DLC_INFORMS_TIMED_OUT, () -> new Counter32(timedOut.get() & 0xFFFFFFFFL)), null);
        server.register(scalar(DlcMib.DLC_NOTIFICATION_SEQUENCE, () -> new UnsignedInteger32(sequence.get())), null);
        server.register(scalar(DlcMib.DLC_ALARM_ACTIVE_COUNT, () -> new Gauge32(rowCount())), null);
        server.register(scalar(DlcMib.DLC_ALARM_ACTIVE_LAST_CHANGED, () -> new TimeTicks(lastChangedCentis)), null);
    }

    /** A read-only scalar whose value is read at each request. */
    private static <V extends Variable> MOScalar<V> scalar(OID object, Supplier<V> source) {
        return new MOScalar<>(DlcMib.scalar(object), MOAccessImpl.ACCESS_READ_ONLY, source.get()) {
            @Override
            public V getValue() {
                return source.get();
            }
        };
    }

    /** Read-only views on the system group and DLC-MIB; v2c community and v3 users as configured. */
    private void configureAccess(SnmpConfig config) {
        VacmMIB vacm = manager.getVacmMIB();
        vacm.addViewTreeFamily(READ_VIEW, SYSTEM_GROUP, new OctetString(), VacmMIB.vacmViewIncluded,
                StorageType.volatile_);
        vacm.addViewTreeFamily(READ_VIEW, DlcMib.DLC_MIB, new OctetString(), VacmMIB.vacmViewIncluded,
                StorageType.volatile_);
        if (config.readCommunity() != null) {
            vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv1, V2C_SECURITY_NAME, V2C_GROUP, StorageType.volatile_);
            vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv2c, V2C_SECURITY_NAME, V2C_GROUP, StorageType.volatile_);
            vacm.addAccess(V2C_GROUP, new OctetString(), SecurityModel.SECURITY_MODEL_ANY,
                    SecurityLevel.NOAUTH_NOPRIV, MutableVACM.VACM_MATCH_EXACT, READ_VIEW, NO_VIEW, NO_VIEW,
                    StorageType.volatile_);
            manager.getSnmpCommunityMIB().addSnmpCommunityEntry(new OctetString("dlcRead"),
                    new OctetString(config.readCommunity()), V2C_SECURITY_NAME,
                    manager.getCommandProcessor().getContextEngineID(), new OctetString(), new OctetString(),
                    StorageType.volatile_);
        }
        for (SnmpConfig.V3User u : config.readUsers()) {
            OctetString name = new OctetString(u.user());
            manager.getUsm().addUser(new UsmUser(name,
                    AuthHMAC192SHA256.ID, new OctetString(u.authPassword()),
                    PrivAES128.ID, new OctetString(u.privPassword())), manager.getUsm().getLocalEngineID());
            vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, name, V3_GROUP, StorageType.volatile_);
        }
        if (!config.readUsers().isEmpty()) {
            vacm.addAccess(V3_GROUP, new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV,
                    MutableVACM.VACM_MATCH_EXACT, READ_VIEW, NO_VIEW, NO_VIEW, StorageType.volatile_);
        }
    }

    long upTimeCentis() {
        return manager.getSysUpTime().get().getValue();
    }

    /** The table becomes exactly {@code active}. */
    synchronized void replaceAll(Collection<AlarmSnapshot> active) {
        Set<OID> keep = new HashSet<>();
        for (AlarmSnapshot a : active) {
            keep.add(new OID(new int[] {a.handle()}));
            put(a);
        }
        for (DefaultMOTableRow row : List.copyOf(rows())) {
            if (!keep.contains(row.getIndex())) {
                removeRow(row.getIndex());
            }
        }
    }

    private List<DefaultMOTableRow> rows() {
        List<DefaultMOTableRow> rows = new java.util.ArrayList<>();
        table.getModel().iterator().forEachRemaining(rows::add);
        return rows;
    }

    /** A raise, repeat or change of an active alarm. Stale (out of order) snapshots are ignored. */
    synchronized void update(AlarmSnapshot a) {
        if (clearedHandles.contains(a.handle())) {
            return;
        }
        put(a);
    }

    private void put(AlarmSnapshot a) {
        if (!a.active()) {
            removeRow(new OID(new int[] {a.handle()}));
            return;
        }
        OID index = new OID(new int[] {a.handle()});
        DefaultMOTableRow existing = table.getModel().getRow(index);
        if (existing == null) {
            lastChangedCentis = upTimeCentis();
        } else {
            long count = ((org.snmp4j.smi.UnsignedInteger32) existing.getValue(DlcMib.COL_COUNT - 1)).getValue();
            if (count > Integer.toUnsignedLong(a.count())) {
                return;
            }
        }
        table.getModel().addRow(new DefaultMOTableRow(index, DlcMib.row(a)));
    }

    synchronized void remove(int handle) {
        clearedHandles.add(handle);
        removeRow(new OID(new int[] {handle}));
    }

    private void removeRow(OID index) {
        if (table.removeRow(index) != null) {
            lastChangedCentis = upTimeCentis();
        }
    }

    long lastChangedCentis() {
        return lastChangedCentis;
    }

    synchronized int rowCount() {
        return table.getModel().getRowCount();
    }

    /** Closes the socket, the agent's session and its worker threads. */
    void stop() {
        try {
            if (manager.getState() >= org.snmp4j.agent.AgentState.STATE_INITIALIZED) {
                manager.shutdown();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SNMP agent shutdown: " + e.getMessage(), e);
        } finally {
            for (var tm : List.copyOf(manager.dispatcher().getTransportMappings())) {
                try {
                    tm.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing " + tm, e);
                }
            }
            workerPool.stop();
        }
    }
}
