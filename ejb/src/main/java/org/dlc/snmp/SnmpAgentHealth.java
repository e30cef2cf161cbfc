package org.dlc.snmp;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.dlc.system.health.ComponentState;

/** The SNMP agent in the readiness check: a problem when this server should run it and it does not listen. */
@ApplicationScoped
public class SnmpAgentHealth implements ComponentState {

    @EJB
    private SnmpService snmp;

    @Override
    public String name() {
        return "snmp-agent";
    }

    @Override
    public Optional<String> problem() {
        return snmp.agentProblem();
    }
}
