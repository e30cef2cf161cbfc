package org.dlc.realm;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where the application hands its identities to the server's security realm ({@link DlcRealm}): it registers
 * them when it is deployed and unregisters them when it is undeployed. In between the realm asks the application;
 * before and after it knows nobody (every login is refused). Only JDK types cross between the module and the
 * application, and nothing of the application stays referenced here once it has unregistered, so an
 * undeployed application's class loader can be collected.
 */
public final class DlcIdentities {

    /** What the application answers: a principal's role, and whether a password guess is its credential. */
    record Source(Function<String, String> roleOf, BiFunction<String, char[], String> verifier) {
    }

    /** The application's, or {@code null} while it is not deployed. */
    private static volatile Source current;

    private DlcIdentities() {
    }

    /**
     * Makes these the realm's identities, replacing any earlier registration.
     *
     * @param roleOf the role name of a principal, {@code null} for nobody; for authorizing a name without a credential
     *     (an identity restored from a session)
     * @param verifier the role name of a principal when the guess is its credential, {@code null} otherwise
     * @return what unregisters them (at undeployment); running it again, or after another registration replaced
     *     this one, does nothing
     */
    public static synchronized Runnable register(Function<String, String> roleOf,
            BiFunction<String, char[], String> verifier) {
        Source source = new Source(Objects.requireNonNull(roleOf, "roleOf"), Objects.requireNonNull(verifier, "verifier"));
        current = source;
        return () -> unregister(source);
    }

    private static synchronized void unregister(Source source) {
        if (current == source) {
            current = null;
        }
    }

    /** The registered source, or {@code null}. */
    static Source current() {
        return current;
    }
}
