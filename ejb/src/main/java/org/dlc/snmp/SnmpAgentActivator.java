package org.dlc.snmp;

import org.dlc.persistence.ClusterMode;
import org.jboss.msc.service.ServiceActivator;
import org.jboss.msc.service.ServiceActivatorContext;

/**
 * Found by the server in META-INF/services when the EAR is deployed. A single server runs the agent itself
 * (SnmpService starts it); a cluster node leaves it to the election of WildFly's singleton service, whose API only
 * a cluster node has ({@link SingletonSnmpAgent} is loaded there only).
 */
public class SnmpAgentActivator implements ServiceActivator {

    @Override
    public void activate(ServiceActivatorContext context) {
        if (ClusterMode.on()) {
            new SingletonSnmpAgent().activate(context);
        }
    }
}
