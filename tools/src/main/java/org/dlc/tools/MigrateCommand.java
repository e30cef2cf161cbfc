package org.dlc.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Loads a system from before enforcement (the upgrade) through {@code POST /api/migration}, as an administrator. */
@Command(name = "migrate", description = {
        "Loads the extensions and DECT subscriptions of a system from before enforcement (a pre-7.3 upgrade) into a"
                + " server that has no DECT subscription yet. Its third-party handsets without a license are then"
                + " passively supported. Prints what was loaded: passive handsets per vendor, licensed, exempt,"
                + " unidentified.",
        "Server and account from DLC_URL, DLC_USER, DLC_PASSWORD."})
public final class MigrateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The system as JSON (the export format, without signature).")
    Path file;

    @Override
    public Integer call() throws IOException {
        DlcClient.Reply reply = DlcClient.fromEnvironment().post("/api/migration", Files.readString(file))
                .expectOk("migration of " + file);
        System.out.println(reply.body());
        return 0;
    }
}
