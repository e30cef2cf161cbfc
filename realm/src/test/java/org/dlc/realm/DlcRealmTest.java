package org.dlc.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.PasswordGuessEvidence;

class DlcRealmTest {

    private static final Map<String, String[]> APPLICATION = Map.of(
            "alice", new String[] {"alice's password", "operator"},
            "alice~0a1b2c3d4e5f", new String[] {"token secret", "operator"});

    private final DlcRealm realm = new DlcRealm();
    private Runnable registration;

    private void deploy() {
        registration = DlcIdentities.register(
                name -> APPLICATION.containsKey(name) ? APPLICATION.get(name)[1] : null,
                (name, guess) -> APPLICATION.containsKey(name) && APPLICATION.get(name)[0].equals(new String(guess))
                        ? APPLICATION.get(name)[1] : null);
    }

    @AfterEach
    void undeploy() {
        if (registration != null) {
            registration.run();
        }
    }

    private boolean login(String name, String password) throws RealmUnavailableException {
        RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal(name));
        return identity.verifyEvidence(new PasswordGuessEvidence(password.toCharArray())) && identity.exists();
    }

    private static List<String> roles(RealmIdentity identity) throws RealmUnavailableException {
        return List.copyOf(identity.getAuthorizationIdentity().getAttributes().get(DlcRealm.ROLES));
    }

    @Test
    void before_the_application_is_deployed_the_realm_knows_nobody() throws Exception {
        assertFalse(login("alice", "alice's password"));
        assertFalse(realm.getRealmIdentity(new NamePrincipal("alice")).exists());
    }

    @Test
    void a_right_guess_gives_the_identity_its_role_and_a_wrong_one_nothing() throws Exception {
        deploy();
        RealmIdentity alice = realm.getRealmIdentity(new NamePrincipal("alice"));
        assertTrue(alice.verifyEvidence(new PasswordGuessEvidence("alice's password".toCharArray())));
        assertTrue(alice.exists());
        assertEquals(List.of("operator"), roles(alice));
        assertEquals("alice", alice.getRealmIdentityPrincipal().getName());

        assertTrue(login("alice~0a1b2c3d4e5f", "token secret"), "an API token, as Basic credentials");
        assertFalse(login("alice", "wrong"));
        assertFalse(login("bob", "alice's password"));

        RealmIdentity refused = realm.getRealmIdentity(new NamePrincipal("alice"));
        assertFalse(refused.verifyEvidence(new PasswordGuessEvidence("wrong".toCharArray())));
        assertFalse(refused.exists(), "a refused attempt authorizes nobody");
        assertThrows(IllegalStateException.class, refused::getAuthorizationIdentity);
    }

    @Test
    void a_name_without_a_credential_is_authorized_with_its_role_of_the_moment() throws Exception {
        deploy();
        RealmIdentity restored = realm.getRealmIdentity(new NamePrincipal("alice"));
        assertTrue(restored.exists(), "e.g. a session restored on another node: authorized by name");
        assertEquals(List.of("operator"), roles(restored));
        assertFalse(realm.getRealmIdentity(new NamePrincipal("bob")).exists());
    }

    @Test
    void after_undeployment_nobody_is_known_and_nothing_of_the_application_is_kept() throws Exception {
        deploy();
        assertTrue(login("alice", "alice's password"));
        registration.run();
        assertFalse(login("alice", "alice's password"));
        assertEquals(null, DlcIdentities.current(), "no reference to the application's classes");
        registration.run(); // again: nothing
    }

    @Test
    void an_older_registration_cannot_unregister_a_newer_one() throws Exception {
        deploy();
        Runnable old = registration;
        deploy();
        old.run();
        assertTrue(login("alice", "alice's password"));
    }

    @Test
    void a_failing_application_makes_the_realm_unavailable_rather_than_refusing_silently() {
        registration = DlcIdentities.register(name -> {
            throw new IllegalStateException("database down");
        }, (name, guess) -> {
            throw new IllegalStateException("database down");
        });
        assertThrows(RealmUnavailableException.class, () -> login("alice", "alice's password"));
        assertThrows(RealmUnavailableException.class, () -> realm.getRealmIdentity(new NamePrincipal("alice")).exists());
    }

    @Test
    void it_verifies_guesses_and_hands_out_no_credential() throws Exception {
        assertEquals(SupportLevel.SUPPORTED, realm.getEvidenceVerifySupport(PasswordGuessEvidence.class, null));
        assertEquals(SupportLevel.UNSUPPORTED, realm.getCredentialAcquireSupport(PasswordCredential.class, null, null));
        deploy();
        assertEquals(null, realm.getRealmIdentity(new NamePrincipal("alice")).getCredential(PasswordCredential.class));
    }
}
