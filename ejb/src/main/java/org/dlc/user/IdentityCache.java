package org.dlc.user;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * What the server's realm checks every request against: for each principal (a user's name, or an API token's
 * {@code <person>~<id>}) its stored credential, its role and whether the password must be changed, read from the
 * database once and then kept, so that a request pays neither a database read nor a connection, only the
 * credential's hash ({@link PasswordHash#matches}).
 *
 * <p>A change never leaves an old credential or role working ("stops at once"). Every change of a user or a token
 * goes through {@link UserService}, which {@link #invalidate invalidates} the principal's person with all their
 * tokens, before its transaction commits and again after (before the change's request answers). An entry is
 * valid only while no invalidation of its person came after the moment its database read began (a generation
 * counter, read before the read): a request that read the old row while the change was committing may still use
 * it for itself, but it cannot leave it behind for a later request. Other rules:
 * <ul>
 * <li>unknown principals are not kept (a client guessing names or passwords cannot fill memory), nor more than
 * {@link #MAX_ENTRIES} known ones (then it starts empty again);</li>
 * <li>an entry is read again after {@link #MAX_AGE_MINUTES} minutes, so that a change made in the database behind
 * the application's back takes effect within that time;</li>
 * <li>without caching (a cluster node, whose database other nodes change), every look-up reads the database.</li>
 * </ul>
 */
public final class IdentityCache {

    public static final int MAX_ENTRIES = 10_000;
    public static final long MAX_AGE_MINUTES = 10;
    /** Persons are spread over this many invalidation counters (a change also reloads the others of its stripe). */
    private static final int STRIPES = 64;

    /** What the database holds for a principal. Its {@code toString()} shows no hash. */
    public record StoredIdentity(PasswordHash credential, Role role, boolean mustChangePassword) {
    }

    /** The database read: the principal's stored identity, or empty when there is no such user or token. */
    @FunctionalInterface
    public interface Loader {
        Optional<StoredIdentity> load(String principal);
    }

    private record Entry(StoredIdentity identity, int stripe, long generation, long loadedAt) {
    }

    private final Loader loader;
    private final boolean caching;
    private final LongSupplier nanoTime;
    private final long maxAgeNanos = TimeUnit.MINUTES.toNanos(MAX_AGE_MINUTES);
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts invalidations; an entry remembers its value from before its database read. */
    private final AtomicLong generation = new AtomicLong();
    /** Per stripe of persons, the generation of its latest invalidation. */
    private final AtomicLongArray invalidated = new AtomicLongArray(STRIPES);

    /**
     * @param caching {@code false}: nothing is kept, every look-up reads (a cluster node)
     * @param nanoTime the clock of {@link #MAX_AGE_MINUTES} ({@code System::nanoTime})
     */
    public IdentityCache(Loader loader, boolean caching, LongSupplier nanoTime) {
        this.loader = loader;
        this.caching = caching;
        this.nanoTime = nanoTime;
    }

    public boolean caching() {
        return caching;
    }

    /** The principal's stored identity: kept, or read now. */
    public Optional<StoredIdentity> identity(String principal) {
        if (principal == null || principal.isEmpty()) {
            return Optional.empty();
        }
        if (!caching) {
            return loader.load(principal);
        }
        Entry kept = entries.get(principal);
        if (kept != null && valid(kept)) {
            return Optional.of(kept.identity());
        }
        long before = generation.get(); // before the read: an invalidation from here on outdates what it returns
        long loadedAt = nanoTime.getAsLong();
        Optional<StoredIdentity> loaded = loader.load(principal);
        if (loaded.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            // Of two reads that race, the one that began later stays.
            entries.merge(principal, new Entry(loaded.get(), stripe(principal), before, loadedAt),
                    (old, read) -> read.generation() >= old.generation() ? read : old);
        } else {
            entries.remove(principal);
        }
        return loaded;
    }

    /** The principal's role when the guess is its credential (password, DECT controller's secret, token secret). */
    public Optional<Role> verify(String principal, char[] guess) {
        return identity(principal).filter(i -> i.credential().matches(guess)).map(StoredIdentity::role);
    }

    /**
     * Whether the person must change the password before anything else. An API token is never held back (it is
     * not the password; as before, only the person's own requests are).
     */
    public boolean mustChangePassword(String principal) {
        return principal != null && !isToken(principal)
                && identity(principal).map(StoredIdentity::mustChangePassword).orElse(false);
    }

    /**
     * The principal's person and every token of theirs may have changed: from now on they are read again. Called
     * before the change commits and after (see the class comment).
     */
    public void invalidate(String principal) {
        String person = ApiToken.person(principal);
        long now = generation.incrementAndGet();
        invalidated.accumulateAndGet(stripeOfPerson(person), now, Math::max);
        entries.keySet().removeIf(p -> ApiToken.person(p).equals(person));
    }

    /** How many identities are kept. */
    public int size() {
        return entries.size();
    }

    private boolean valid(Entry e) {
        return e.generation() >= invalidated.get(e.stripe()) && nanoTime.getAsLong() - e.loadedAt() < maxAgeNanos;
    }

    private static boolean isToken(String principal) {
        return principal.indexOf(ApiToken.SEPARATOR) >= 0;
    }

    private static int stripe(String principal) {
        return stripeOfPerson(ApiToken.person(principal));
    }

    private static int stripeOfPerson(String person) {
        return Math.floorMod(person.hashCode(), STRIPES);
    }
}
