package org.dlc.system.health;

import java.util.Optional;

/**
 * A part of the application whose state the readiness check reports ({@code GET /dlc/api/health/ready}):
 * implement it as a CDI bean and the web module's {@code HealthResource} finds it. The SNMP agent is meant to be one
 * (listening, or a standby node of the cluster). Implementations may live in any module of the EAR.
 */
public interface ComponentState {

    /** The name under which the readiness answer lists it, e.g. {@code snmp-agent}. */
    String name();

    /** Empty when it works; otherwise what is wrong, in words for an operator. */
    Optional<String> problem();
}
