package org.dlc.realm;

import java.security.Principal;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Map;
import java.util.Set;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * The security domain's realm ({@code DlcRealm}, an Elytron custom-realm, ear/src/main/wildfly/configure-security.cli):
 * a thin bridge to the identities the application registered ({@link DlcIdentities}). It verifies password guesses
 * (HTTP Basic, form login; API tokens reach it as Basic credentials) by asking the application, and gives the
 * identity its role in the attribute {@value #ROLES}, which the domain's role decoder reads. It never hands out a
 * credential, keeps nothing between requests, and knows nobody while the application is not deployed.
 */
public final class DlcRealm implements SecurityRealm {

    /** The attribute the security domain's simple-role-decoder reads. */
    public static final String ROLES = "roles";

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) {
        if (!(principal instanceof NamePrincipal)) {
            return RealmIdentity.NON_EXISTENT;
        }
        return new Identity(principal.getName(), DlcIdentities.current());
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
            AlgorithmParameterSpec parameterSpec) {
        return SupportLevel.UNSUPPORTED;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.SUPPORTED
                : SupportLevel.UNSUPPORTED;
    }

    /** One authentication attempt's identity: the application is asked once, and its answer kept for the attempt. */
    static final class Identity implements RealmIdentity {

        private final String name;
        /** The application's identities as they were when the attempt began; {@code null}: none registered. */
        private final DlcIdentities.Source source;
        /** Once known: the identity's role (verified, or looked up by name). */
        private String role;
        /** A guess was wrong: this attempt authorizes nobody. */
        private boolean refused;

        Identity(String name, DlcIdentities.Source source) {
            this.name = name;
            this.source = source;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return new NamePrincipal(name);
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
            return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.SUPPORTED
                    : SupportLevel.UNSUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
            if (source == null || !(evidence instanceof PasswordGuessEvidence guess)) {
                return false;
            }
            try {
                role = source.verifier().apply(name, guess.getGuess());
            } catch (RuntimeException e) {
                throw new RealmUnavailableException("the identity of " + name + " could not be read: " + e, e);
            }
            refused = role == null;
            return !refused;
        }

        @Override
        public boolean exists() throws RealmUnavailableException {
            if (refused) {
                return false;
            }
            if (role == null && source != null) {
                try {
                    role = source.roleOf().apply(name);
                } catch (RuntimeException e) {
                    throw new RealmUnavailableException("the identity of " + name + " could not be read: " + e, e);
                }
            }
            return role != null;
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
            if (!exists()) {
                throw new IllegalStateException("no identity " + name);
            }
            return AuthorizationIdentity.basicIdentity(new MapAttributes(Map.of(ROLES, Set.of(role))));
        }
    }
}
