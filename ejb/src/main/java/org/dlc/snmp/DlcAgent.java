package org.dlc.snmp;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.system.Product;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.agent.AgentConfigManager;
import org.snmp4j.agent.CommandProcessor;
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
import org.snmp4j.agent.mo.MOTableRow;
import org.snmp4j.agent.mo.MOTableSubIndex;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.asn1.BER;
import org.snmp4j.cfg.EngineBootsProvider;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Null;
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
 * the active alarm table, dlcAlarmActiveLastChanged and dlcAlarmActiveCount, the history of cleared alarms
 * (bounded), and the statistics (notifications sent, informs timed out, the latest notification sequence number).
 * Everything else of the agent's own MIBs (USM, VACM, community and target tables) is outside every view, so no
 * secret can be read. No write access exists: no view is configured for writing.
 * Where SNMP4J's defaults depart from the RFCs, it is set straight here: a v1/v2c answer is cut to what fits in
 * one UDP datagram (a GetBulk is truncated, RFC 3416 4.2.3, instead of never answered); a GET of the
 * not-accessible index column answers noSuchObject for that variable (RFC 3416 4.2.1) instead of failing the
 * request; unknown USM users and wrong digests get their RFC 3414 report, sent noAuthNoPriv (the agent cannot
 * authenticate to a user it does not know, or whose key the request did not prove).
 * Its engine id and boots are given (stored in the database with the configuration, see {@link SnmpStore}).
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
    private final Table table = table(DlcMib.DLC_ALARM_ACTIVE_ENTRY, DlcMib.COLUMN_NAMES.size() - 1);
    private final Table history = table(DlcMib.DLC_ALARM_CLEARED_ENTRY, DlcMib.CLEARED_COLUMN_NAMES.size() - 1);
    /** Rows of the history, oldest clear first; at most {@link #historySize}. */
    private final Deque<OID> historyOrder = new ArrayDeque<>();
    private final int historySize;
    private final Set<Long> clearedHandles = new HashSet<>();
    /** sysUpTime when a row was last created or deleted (dlcAlarmActiveLastChanged); 0: none since start. */
    private volatile long lastChangedCentis;

    private DlcAgent(AgentManager manager, ThreadPool workerPool, int historySize) {
        this.manager = manager;
        this.workerPool = workerPool;
        this.historySize = historySize;
    }

    private static final class Table
            extends DefaultMOTable<DefaultMOTableRow, MOColumn<Variable>, DefaultMOMutableTableModel<DefaultMOTableRow>> {
        Table(OID entry, MOTableIndex index, MOColumn<Variable>[] columns) {
            super(entry, index, columns, new DefaultMOMutableTableModel<>());
        }
    }

    /** Sets sysDescr and sysObjectID; SNMP4J's own coldStart would go to its empty target table: SnmpService sends coldStart and warmStart to the configured targets. */
    private static final class AgentManager extends AgentConfigManager {

        AgentManager(OctetString engineId, MessageDispatcherImpl dispatcher, MOServer server, ThreadPool pool,
                     EngineBootsProvider boots) {
            super(engineId, dispatcher, null, new MOServer[] {server}, pool, null, null, boots);
            sysDescr = new OctetString(Product.CURRENT.name() + " " + Product.CURRENT.version()
                    + " SNMP agent (SNMP4J-Agent)");
            sysOID = DlcMib.SYS_OBJECT_ID;
        }

        @Override
        protected void fireLaunchNotifications() {
            // notifications are DLC-MIB's only; see NotificationSender
        }

        @Override
        protected CommandProcessor createCommandProcessor(OctetString engineId) {
            return new DatagramSizedCommandProcessor(engineId);
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
     * SNMPv1/v2c messages carry no maximum size; SNMP4J then allows a response PDU of nearly 64 KiB, and a
     * GetBulk answer of that size no longer fits in a datagram once version and community wrap it: it was never
     * sent. Here the PDU may take what one UDP datagram over IPv4 leaves after them, so SNMP4J truncates it.
     */
    static final class DatagramSizedCommandProcessor extends CommandProcessor {

        /** The largest UDP payload over IPv4: 65 535 - 8 (UDP header) - 20 (IP header). */
        static final int MAX_DATAGRAM = 65_507;

        DatagramSizedCommandProcessor(OctetString engineId) {
            super(engineId);
        }

        @Override
        public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
            if (event.getMessageProcessingModel() != MPv3.ID && event.getSecurityName() != null) {
                event.setMaxSizeResponsePDU(Math.min(event.getMaxSizeResponsePDU(),
                        maxPdu(event.getSecurityName().length)));
            }
            super.processPdu(event);
        }

        /** What a datagram leaves for the PDU in SEQUENCE { version INTEGER, community OCTET STRING, PDU }. */
        static int maxPdu(int communityLength) {
            int sequenceHeader = 1 + BER.getBERLengthOfLength(MAX_DATAGRAM);
            int version = 3;
            int community = 1 + BER.getBERLengthOfLength(communityLength) + communityLength;
            return MAX_DATAGRAM - sequenceHeader - version - community;
        }
    }

    /**
     * Starts listening; @throws IOException when the address cannot be bound (the caller logs it and the
     * application runs on without the agent)
     */
    /** The agent's SNMP engine (RFC 3411): its id and how many times it booted, this start included. */
    record Engine(byte[] id, int boots) implements EngineBootsProvider {

        @Override
        public int updateEngineBoots() {
            return boots;
        }

        @Override
        public int getEngineBoots() {
            return boots;
        }
    }

    static DlcAgent start(SnmpConfig config, Engine engine, List<AlarmSnapshot> active,
                          List<AlarmSnapshot> recentlyCleared, AtomicLong notificationsSent,
                          AtomicLong informsTimedOut, LongSupplier sequence) throws IOException {
        // RFC 3412 7.1.3: reports for an unknown user or a wrong digest go noAuthNoPriv. SNMP4J's "standard"
        // strategy sends them at the request's level, which fails for exactly these users: no report at all.
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        DefaultUdpTransportMapping transport =
                new DefaultUdpTransportMapping(new UdpAddress(config.address() + "/" + config.port()));
        dispatcher.addTransportMapping(transport);
        DefaultMOServer server = new DefaultMOServer();
        ThreadPool pool = ThreadPool.create("DLC-SNMP-agent", 2);
        AgentManager manager = new AgentManager(new OctetString(engine.id()), dispatcher, server, pool, engine);
        // Own instances, not SNMP4J's process-wide singletons: a redeploy or reconfiguration starts clean.
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.defaultSecurity);
        manager.setContext(new SecurityModels(), protocols, new CounterSupport());
        DlcAgent agent = new DlcAgent(manager, pool, config.clearedHistorySize());
        try {
            manager.initialize();
            manager.systemGroup(config.system());
            agent.register(server, notificationsSent, informsTimedOut, sequence);
            agent.configureAccess(config);
            agent.replaceAll(active, recentlyCleared);
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

    /**
     * A table indexed by the alarm handle, with read-only columns 2..{@code columns}; their syntax is taken from
     * the values {@link DlcMib} maps an alarm to. The handle (column 1) is the not-accessible index.
     */
    private static Table table(OID entry, int columns) {
        MOTableIndex index = new MOTableIndex(new MOTableSubIndex[] {
                new MOTableSubIndex(new OID(entry).append(1), SMIConstants.SYNTAX_GAUGE32, 1, 1)});
        Variable[] sample = entry.equals(DlcMib.DLC_ALARM_ACTIVE_ENTRY) ? DlcMib.row(SAMPLE) : DlcMib.clearedRow(SAMPLE);
        @SuppressWarnings("unchecked")
        MOColumn<Variable>[] cols = new MOColumn[columns];
        cols[0] = new MOColumn<>(1, SMIConstants.SYNTAX_GAUGE32, MOAccessImpl.ACCESS_FOR_NOTIFY) {
            @Override
            public void get(SubRequest<?> request, MOTableRow row, int column) {
                request.getVariableBinding().setVariable(Null.noSuchObject);
                request.completed();
            }
        };
        for (int col = 2; col <= columns; col++) {
            cols[col - 1] = new MOColumn<>(col, sample[col - 1].getSyntax(), MOAccessImpl.ACCESS_READ_ONLY);
        }
        return new Table(entry, index, cols);
    }

    /** Any alarm: only the syntax of its values is used. */
    private static final AlarmSnapshot SAMPLE = new AlarmSnapshot(1, 12, 2, 1, 1, 92, "", "", 1, Instant.EPOCH,
            Instant.EPOCH, false, false, "", "", Instant.EPOCH);

    private void register(DefaultMOServer server, AtomicLong sent, AtomicLong timedOut, LongSupplier sequence)
            throws DuplicateRegistrationException {
        server.register(table, null);
        server.register(history, null);
        server.register(scalar(DlcMib.DLC_ALARM_CLEARED_MAXIMUM, () -> new UnsignedInteger32(historySize)), null);
        server.register(scalar(DlcMib.DLC_NOTIFICATIONS_SENT, () -> new Counter32(sent.get() & 0xFFFFFFFFL)), null);
        server.register(scalar(DlcMib.DLC_INFORMS_TIMED_OUT, () -> new Counter32(timedOut.get() & 0xFFFFFFFFL)), null);
        server.register(scalar(DlcMib.DLC_NOTIFICATION_SEQUENCE, () -> new UnsignedInteger32(sequence.getAsLong())), null);
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

    /** The tables become exactly {@code active} and the latest {@code historySize} of {@code recentlyCleared}. */
    synchronized void replaceAll(Collection<AlarmSnapshot> active, List<AlarmSnapshot> recentlyCleared) {
        Set<OID> keep = new HashSet<>();
        for (AlarmSnapshot a : active) {
            keep.add(DlcMib.index(a.handle()));
            put(a);
        }
        for (DefaultMOTableRow row : rows(table)) {
            if (!keep.contains(row.getIndex())) {
                removeRow(row.getIndex());
            }
        }
        for (DefaultMOTableRow row : rows(history)) {
            history.removeRow(row.getIndex());
        }
        historyOrder.clear();
        for (int i = recentlyCleared.size() - 1; i >= 0; i--) {
            remember(recentlyCleared.get(i));
        }
    }

    private static List<DefaultMOTableRow> rows(Table t) {
        List<DefaultMOTableRow> rows = new java.util.ArrayList<>();
        t.getModel().iterator().forEachRemaining(rows::add);
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
        OID index = DlcMib.index(a.handle());
        if (!a.active()) {
            removeRow(index);
            return;
        }
        DefaultMOTableRow existing = table.getModel().getRow(index);
        if (existing == null) {
            lastChangedCentis = upTimeCentis();
        } else {
            long count = ((UnsignedInteger32) existing.getValue(DlcMib.COL_COUNT - 1)).getValue();
            if (count > Integer.toUnsignedLong(a.count())) {
                return;
            }
        }
        table.getModel().addRow(new DefaultMOTableRow(index, DlcMib.row(a)));
    }

    /** The alarm was cleared: its row moves from the active table to the history. */
    synchronized void cleared(AlarmSnapshot a) {
        clearedHandles.add(a.handle());
        removeRow(DlcMib.index(a.handle()));
        remember(a);
    }

    private void remember(AlarmSnapshot a) {
        if (historySize == 0 || a.clearedAt() == null) {
            return;
        }
        OID index = DlcMib.index(a.handle());
        if (history.getModel().getRow(index) == null) {
            historyOrder.addLast(index);
        }
        history.getModel().addRow(new DefaultMOTableRow(index, DlcMib.clearedRow(a)));
        while (historyOrder.size() > historySize) {
            history.removeRow(historyOrder.removeFirst());
        }
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

    synchronized int historyCount() {
        return history.getModel().getRowCount();
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
