package org.dlc.transfer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.dlc.system.DataDirectory;

/** Generates the server's export key at first start and holds it (see {@link ExportKeys}). */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExportKeyring {

    private ExportKeys keys;

    @PostConstruct
    void load() {
        keys = ExportKeys.loadOrCreate(DataDirectory.path());
    }

    /** Every caller may hold the keys: what they sign or verify is guarded by the caller (export, import, system). */
    @PermitAll
    public ExportKeys keys() {
        return keys;
    }
}
