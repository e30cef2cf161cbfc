package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.PrivateKey;
import java.time.LocalDate;
import org.dlc.license.DevelopmentKey;
import org.dlc.license.KeyFiles;
import org.dlc.license.LicenseSigner;

/** Signs and installs license files with the development key, each newer than the last. */
public final class Licenses {

    private Licenses() {
    }

    /** A file newer than the installed one. */
    public static String signed(int allowed) {
        var status = Api.get("/api/license").json();
        return signed(status.getInt("fileSequence", 0) + 1, allowed);
    }

    public static String signed(int sequence, int allowed) {
        String text = "# DECT License Control license file\n"
                + "format: 1\n"
                + "sequence: " + sequence + "\n"
                + "issued: " + LocalDate.now() + "\n"
                + "license: 3RD-PARTY-SIP-EXTENSION " + allowed + "\n";
        return LicenseSigner.sign(text, devKey());
    }

    /** Installs a file allowing {@code allowed} licenses; @return the pool status */
    public static Api.Reply install(int allowed) {
        Api.Reply reply = Api.put("/api/license/file", "text/plain", signed(allowed));
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    /** Installs a file that leaves exactly {@code free} licenses free. */
    public static void leaveFree(int free) {
        int used = Api.get("/api/license").json().getInt("used");
        install(used + free);
    }

    /** The development key the test server trusts (generated into its data directory, see {@link Server}). */
    static PrivateKey devKey() {
        return KeyFiles.readPrivateKey(DevelopmentKey.privateKeyFile(Server.DATA_DIR));
    }
}
