package org.dlc.handset;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dlc.extension.DirectoryNumber;

/**
 * The directory number of each subscribed IPEI a look-up found in the database, kept so that the next location
 * registration of that handset finds it by its directory number (EclipseLink's shared cache) without a query. An
 * IPEI stays on its extension for as long as it is subscribed; only the end of a subscription changes what a
 * look-up would find, and once it has committed it forgets everything learned before (a new generation): a look-up
 * that read the database before the end committed was begun in the old generation, so what it found is never used.
 */
public final class SubscribedIpeis {

    private record Learned(String directoryNumber, long generation) {
    }

    private final ConcurrentHashMap<String, Learned> learned = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** Read before a look-up in the database, and given back with what it found. */
    public long generation() {
        return generation.get();
    }

    /** Where the IPEI was found subscribed, if that is still known. */
    public Optional<DirectoryNumber> directoryNumber(Ipei ipei) {
        Learned l = learned.get(ipei.value());
        return l != null && l.generation() == generation.get() ? Optional.of(new DirectoryNumber(l.directoryNumber()))
                : Optional.empty();
    }

    /** A look-up begun in {@code generation} found the IPEI subscribed on this extension. */
    public void learned(Ipei ipei, DirectoryNumber directoryNumber, long generation) {
        learned.put(ipei.value(), new Learned(directoryNumber.value(), generation));
    }

    /** A subscription ends (or its end commits): nothing learned so far is used again. */
    public void subscriptionEnds() {
        generation.incrementAndGet();
        learned.clear();
    }
}
