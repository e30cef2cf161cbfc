package org.dlc.system.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dlc.system.DataDirectory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive: the data directory (license keys, export key, SNMP state, Derby) can be written. A full or read-only
 * disk makes the node useless without any request failing at first; restarting elsewhere is the cure. At
 * {@code /health/live} on the management interface.
 */
@Liveness
@ApplicationScoped
public class LivenessChecks implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Path dir = DataDirectory.path();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".health", ".probe");
            Files.delete(probe);
            return HealthCheckResponse.named("dlc").up().withData("dataDirectory", dir.toString()).build();
        } catch (IOException | RuntimeException e) {
            return HealthCheckResponse.named("dlc").down().withData("dataDirectory", dir + ": not writable ("
                    + e.getMessage() + ")").build();
        }
    }
}
