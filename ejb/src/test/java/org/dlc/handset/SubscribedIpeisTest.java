package org.dlc.handset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.dlc.extension.DirectoryNumber;
import org.junit.jupiter.api.Test;

/** What a look-up found is used until a subscription ends; a look-up that overlapped the end is never used. */
class SubscribedIpeisTest {

    private static final Ipei IPEI = Ipei.of(12345, 1003);
    private static final DirectoryNumber DIR = new DirectoryNumber("1003");

    private final SubscribedIpeis ipeis = new SubscribedIpeis();

    @Test
    void an_ipei_found_subscribed_is_known_until_a_subscription_ends() {
        assertEquals(Optional.empty(), ipeis.directoryNumber(IPEI));
        ipeis.learned(IPEI, DIR, ipeis.generation());
        assertEquals(Optional.of(DIR), ipeis.directoryNumber(IPEI));

        ipeis.subscriptionEnds();
        assertEquals(Optional.empty(), ipeis.directoryNumber(IPEI), "looked up in the database again");
    }

    @Test
    void a_look_up_that_began_before_a_subscription_ended_is_not_used() {
        long begun = ipeis.generation();
        ipeis.subscriptionEnds(); // committed while the look-up read the database
        ipeis.learned(IPEI, DIR, begun);

        assertEquals(Optional.empty(), ipeis.directoryNumber(IPEI));
        ipeis.learned(IPEI, DIR, ipeis.generation());
        assertEquals(Optional.of(DIR), ipeis.directoryNumber(IPEI), "a look-up after the end");
    }
}
