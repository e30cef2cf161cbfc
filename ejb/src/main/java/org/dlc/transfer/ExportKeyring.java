package org.dlc.transfer;

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

    public ExportKeys keys() {
        return keys;
    }
}
