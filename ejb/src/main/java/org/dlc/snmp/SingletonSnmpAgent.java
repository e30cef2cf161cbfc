package org.dlc.snmp;

import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;

/**
 * A service that WildFly's singleton policy (singleton-ha: the default policy on the "server" cache) runs on one
 * node of the cluster at a time: it starts on the elected node, and on another one when that node leaves or dies.
 * Its start and stop are the agent's ({@link SnmpElection}).
 */
final class SingletonSnmpAgent implements SingletonServiceActivator {

    static final ServiceName NAME = ServiceName.parse("org.dlc.snmp.agent");

    @Override
    public void activate(SingletonServiceActivatorContext context) {
        context.getServiceTarget().addService(NAME).setInstance(new Service() {
            @Override
            public void start(StartContext start) {
                SnmpElection.elected(true);
            }

            @Override
            public void stop(StopContext stop) {
                SnmpElection.elected(false);
            }
        }).install();
    }
}
