package org.dlc.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dlc.user.IdentityCache.StoredIdentity;
import org.junit.jupiter.api.Test;

/** The rules of the identities the realm checks every request against. */
class IdentityCacheTest {

    private static final String TOKEN = "alice~0a1b2c3d4e5f";

    /** The database: what it holds now, and every read. */
    private final Map<String, StoredIdentity> database = new ConcurrentHashMap<>();
    private final List<String> reads = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final IdentityCache cache = new IdentityCache(this::read, true, clock::get);

    private Optional<StoredIdentity> read(String principal) {
        reads.add(principal);
        return Optional.ofNullable(database.get(principal));
    }

    private static StoredIdentity person(String password, Role role, boolean mustChange) {
        return new StoredIdentity(PasswordHash.of(password.toCharArray(), PasswordHash.SECRET_ITERATIONS), role, mustChange);
    }

    private static StoredIdentity token(String secret, Role role) {
        return person(secret, role, false);
    }

    /** A change through UserService: the database row, then the invalidation (in the real thing: before and after the commit). */
    private void change(String principal, StoredIdentity now) {
        if (now == null) {
            database.remove(principal);
        } else {
            database.put(principal, now);
        }
        cache.invalidate(principal);
    }

    @Test
    void a_known_principal_is_read_once_and_then_verified_from_memory() {
        database.put("dect", person("dect secret", Role.DECT_CONTROLLER, false));

        assertEquals(Optional.of(Role.DECT_CONTROLLER), cache.verify("dect", "dect secret".toCharArray()));
        assertEquals(Optional.of(Role.DECT_CONTROLLER), cache.verify("dect", "dect secret".toCharArray()));
        assertEquals(Optional.empty(), cache.verify("dect", "wrong".toCharArray()));
        assertEquals(Optional.empty(), cache.verify("dect", new char[0]));

        assertEquals(List.of("dect"), reads, "one read for all four");
    }

    @Test
    void an_unknown_principal_is_read_every_time_and_never_kept() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), cache.verify("nobody-" + (i % 2), "guess".toCharArray()));
        }
        assertEquals(3, reads.size());
        assertEquals(0, cache.size(), "a client guessing names fills no memory");
    }

    @Test
    void a_user_created_after_a_failed_try_is_known_at_once() {
        assertEquals(Optional.empty(), cache.verify("bob", "bob's password".toCharArray()));
        change("bob", person("bob's password", Role.OPERATOR, true));
        assertEquals(Optional.of(Role.OPERATOR), cache.verify("bob", "bob's password".toCharArray()));
    }

    @Test
    void a_changed_password_secret_or_role_is_read_again_at_the_next_request() {
        database.put("alice", person("old password", Role.OPERATOR, false));
        assertTrue(cache.verify("alice", "old password".toCharArray()).isPresent());

        change("alice", person("new password", Role.READ_ONLY, true));

        assertEquals(Optional.empty(), cache.verify("alice", "old password".toCharArray()));
        assertEquals(Optional.of(Role.READ_ONLY), cache.verify("alice", "new password".toCharArray()));
        assertTrue(cache.mustChangePassword("alice"));
    }

    @Test
    void a_revoked_token_or_a_deleted_user_is_refused_at_the_next_request() {
        database.put("alice", person("alice's password", Role.OPERATOR, false));
        database.put(TOKEN, token("token secret", Role.OPERATOR));
        assertTrue(cache.verify(TOKEN, "token secret".toCharArray()).isPresent());

        change(TOKEN, null);
        assertEquals(Optional.empty(), cache.verify(TOKEN, "token secret".toCharArray()));

        assertTrue(cache.verify("alice", "alice's password".toCharArray()).isPresent());
        change("alice", null);
        assertEquals(Optional.empty(), cache.verify("alice", "alice's password".toCharArray()));
    }

    @Test
    void a_change_of_a_person_reaches_all_their_tokens_and_nobody_else() {
        database.put("alice", person("alice's password", Role.OPERATOR, false));
        database.put(TOKEN, token("token secret", Role.OPERATOR));
        database.put("bob~ffffffffffff", token("bob's token", Role.OPERATOR));
        database.put("dect", person("dect secret", Role.DECT_CONTROLLER, false));
        cache.verify(TOKEN, "token secret".toCharArray());
        cache.verify("bob~ffffffffffff", "bob's token".toCharArray());
        cache.verify("dect", "dect secret".toCharArray());

        // The demotion of alice: in the database, her token's row joins her new role.
        database.put(TOKEN, token("token secret", Role.READ_ONLY));
        change("alice", person("alice's password", Role.READ_ONLY, false));

        assertEquals(Optional.of(Role.READ_ONLY), cache.verify(TOKEN, "token secret".toCharArray()));
        reads.clear();
        cache.verify("bob~ffffffffffff", "bob's token".toCharArray());
        cache.verify("dect", "dect secret".toCharArray());
        assertEquals(List.of(), reads, "bob's token and the DECT controller are not read again");
    }

    @Test
    void a_read_that_began_before_an_invalidation_is_not_kept_for_later_requests() throws Exception {
        database.put("dect", person("old secret", Role.DECT_CONTROLLER, false));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        IdentityCache slow = new IdentityCache(principal -> {
            Optional<StoredIdentity> old = Optional.ofNullable(database.get(principal));
            reading.countDown();
            await(changed); // the old row is in hand; the change commits now
            return old;
        }, true, clock::get);

        Thread request = new Thread(() -> slow.verify("dect", "old secret".toCharArray()));
        request.start();
        await(reading);
        database.put("dect", person("new secret", Role.DECT_CONTROLLER, false));
        slow.invalidate("dect"); // before the commit
        slow.invalidate("dect"); // after it: the changing request answers after this
        changed.countDown();
        request.join(10_000);

        // The old row reached the cache after the invalidations: a later request reads again.
        assertEquals(Optional.empty(), slow.verify("dect", "old secret".toCharArray()));
        assertEquals(Optional.of(Role.DECT_CONTROLLER), slow.verify("dect", "new secret".toCharArray()));
    }

    @Test
    void the_same_race_many_times_over_never_leaves_the_old_secret_working() throws Exception {
        for (int round = 0; round < 200; round++) {
            database.put("dect", person("old secret " + round, Role.DECT_CONTROLLER, false));
            Thread[] requests = new Thread[4];
            for (int i = 0; i < requests.length; i++) {
                int r = round;
                requests[i] = new Thread(() -> {
                    for (int j = 0; j < 20; j++) {
                        cache.verify("dect", ("old secret " + r).toCharArray());
                    }
                });
                requests[i].start();
            }
            database.put("dect", person("new secret " + round, Role.DECT_CONTROLLER, false));
            cache.invalidate("dect");
            cache.invalidate("dect");
            // Answered: from here on the old secret is refused, whatever the requests still in flight do.
            assertEquals(Optional.empty(), cache.verify("dect", ("old secret " + round).toCharArray()), "round " + round);
            for (Thread t : requests) {
                t.join();
            }
            assertEquals(Optional.empty(), cache.verify("dect", ("old secret " + round).toCharArray()), "round " + round);
        }
    }

    @Test
    void an_api_token_is_never_held_back_by_its_persons_password_change() {
        database.put("alice", person("given by admin", Role.OPERATOR, true));
        database.put(TOKEN, token("token secret", Role.OPERATOR));
        assertTrue(cache.mustChangePassword("alice"));
        assertFalse(cache.mustChangePassword(TOKEN));
        assertFalse(cache.mustChangePassword("nobody"));
        assertFalse(reads.contains(TOKEN), "no read for it");
    }

    @Test
    void an_entry_is_read_again_after_its_maximum_age() {
        database.put("dect", person("secret", Role.DECT_CONTROLLER, false));
        cache.verify("dect", "secret".toCharArray());
        clock.addAndGet(TimeUnit.MINUTES.toNanos(IdentityCache.MAX_AGE_MINUTES) - 1);
        cache.verify("dect", "secret".toCharArray());
        assertEquals(1, reads.size());
        clock.addAndGet(1);
        cache.verify("dect", "secret".toCharArray());
        assertEquals(2, reads.size(), "a change behind the application's back is seen within the maximum age");
    }

    @Test
    void memory_is_bounded() {
        for (int i = 0; i < IdentityCache.MAX_ENTRIES + 5; i++) {
            database.put("u" + i, token("x", Role.READ_ONLY));
            cache.identity("u" + i);
        }
        assertTrue(cache.size() <= IdentityCache.MAX_ENTRIES, "kept: " + cache.size());
    }

    @Test
    void a_cluster_node_keeps_nothing_and_reads_at_every_request() {
        IdentityCache node = new IdentityCache(this::read, false, clock::get);
        database.put("dect", person("secret", Role.DECT_CONTROLLER, false));
        database.put("alice", person("given by admin", Role.OPERATOR, true));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.of(Role.DECT_CONTROLLER), node.verify("dect", "secret".toCharArray()));
        }
        assertTrue(node.mustChangePassword("alice"));
        assertEquals(List.of("dect", "dect", "dect", "alice"), reads, "one read per request");
        assertEquals(0, node.size());
        database.remove("dect"); // by another node: no invalidation here
        assertEquals(Optional.empty(), node.verify("dect", "secret".toCharArray()));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
