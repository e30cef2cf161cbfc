package org.dlc.tools;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dlc.handset.Ipei;
import org.dlc.license.ThirdPartyLicensePool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Loads the specification's example system through the public API: a system upgraded to license control
 * with Mitel, blank and third-party handsets, two licenses for the third-party ones, one passively supported
 * handset (309) and one subscribed after enforcement without license (311, rejected).
 */
@Command(name = "demo", description = "Loads the specification's example system into an empty server.")
public final class DemoCommand implements Callable<Integer> {

    /** A handset of the example: directory number and the model identity it sends (null: blank). */
    record DemoHandset(String dir, Integer manic, Integer modic) {
        Ipei ipei() {
            return Ipei.of(19, Integer.parseInt(dir));
        }
    }

    static final String AUTH_CODE = "1234";

    /** extension_info's example, plus 309: all subscribed before enforcement. */
    static final List<DemoHandset> BEFORE_ENFORCEMENT = List.of(
            new DemoHandset("1003", 8, 1), new DemoHandset("1035", 8, 3), new DemoHandset("2119", 8, 1),
            new DemoHandset("2130", 8, 3), new DemoHandset("2131", 8, 1), new DemoHandset("2135", null, null),
            new DemoHandset("6014", 10, 77), new DemoHandset("6309", 202, 89), new DemoHandset("309", 10, 77));
    static final List<String> LICENSED = List.of("6014", "6309");
    static final DemoHandset AFTER_ENFORCEMENT = new DemoHandset("311", 10, 77);

    @Option(names = "--key", paramLabel = "FILE",
            defaultValue = "${env:" + LicenseCommands.KEY_VARIABLE + ":-data/development/license-key.pem}",
            description = "Private key (PEM) that signs the demo's license file; the server must trust it. Default: the"
                    + " file named by " + LicenseCommands.KEY_VARIABLE + ", else the development key the run command"
                    + " generates (data/development/license-key.pem, run from the repository).")
    Path key;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrivateKey licenseKey = LicenseCommands.signingKey(key, spec);
        if (licenseKey == null) {
            return 1;
        }
        DlcClient client = DlcClient.fromEnvironment();
        load(client, licenseKey);
        System.out.println("Demo loaded into " + client.base() + ". Try: ./mdsh extension_info -d all --terminal-info"
                + " --terminal-type DECT ; ./mdsh alarm -p ; ./mdsh diagnostic_print ; ./mdsh license_status");
        return 0;
    }

    /**
     * Loads the example through {@code client}. The system must have no DECT subscription yet (a migration is
     * the first load of an upgraded system); its license pool may be in use already: the license file installed
     * covers those licenses and two more. It is signed with {@code licenseKey}, which the server must trust.
     */
    public static void load(DlcClient client, PrivateKey licenseKey) {
        // 1. The system as it was before the upgrade to license control.
        JsonArrayBuilder extensions = Json.createArrayBuilder();
        for (DemoHandset h : BEFORE_ENFORCEMENT) {
            extensions.add(Json.createObjectBuilder().add("directoryNumber", h.dir()).add("lim", 1)
                    .add("dect", Json.createObjectBuilder().add("ipei", h.ipei().value()).add("authenticationKey", AUTH_CODE)));
        }
        client.post("/api/migration", Json.createObjectBuilder().add("format", 1).add("extensions", extensions)
                .build().toString()).expectOk("migration of the pre-enforcement system");

        // 2. A license file with two third-party licenses (more if some are in use already), seized for the two
        //    known third-party handsets.
        var status = client.get("/api/license").expectOk("license status").json();
        int sequence = status.getInt("fileSequence", 0) + 1;
        int allowed = status.getInt("used") + LICENSED.size();
        client.put("/api/license/file", "text/plain", LicenseCommands.signedFile(licenseKey,
                sequence, LocalDate.now(), Map.of(ThirdPartyLicensePool.TAG, allowed))).expectOk("license file install");
        for (String dir : LICENSED) {
            client.patch("/api/extensions/" + dir, "{\"thirdPartyClient\":true}").expectOk("license seizure for " + dir);
        }

        // 3. A handset subscribed after enforcement, without a license.
        client.post("/api/extensions", "{\"directoryNumber\":\"311\",\"lim\":1}").expectOk("extension 311");
        JsonObjectBuilder subscription = Json.createObjectBuilder()
                .add("ipei", AFTER_ENFORCEMENT.ipei().value()).add("authenticationKey", AUTH_CODE);
        client.put("/api/extensions/311/dect", "application/json", subscription.build().toString())
                .expectOk("DECT subscription of 311");

        // 4. Every handset location-registers; 311 subscribes on air first.
        HandsetSimulator air = new HandsetSimulator(client);
        for (DemoHandset h : BEFORE_ENFORCEMENT) {
            air.locationRegistration(h.ipei().value(), h.manic(), h.modic());
        }
        air.subscribe(AFTER_ENFORCEMENT.ipei().value(), AUTH_CODE, AFTER_ENFORCEMENT.manic(), AFTER_ENFORCEMENT.modic());
    }
}
