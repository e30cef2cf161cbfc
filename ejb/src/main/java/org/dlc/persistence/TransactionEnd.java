package org.dlc.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/** Work for the end of the caller's transaction, once it has committed or rolled back; nothing before. */
public final class TransactionEnd {

    private TransactionEnd() {
    }

    /** Runs {@code action} when the transaction has ended, whichever way. */
    public static void afterCompletion(TransactionSynchronizationRegistry transaction, Runnable action) {
        register(transaction, status -> action.run());
    }

    /** Runs {@code action} when the transaction has ended without committing (undoes what it assumed). */
    public static void afterRollback(TransactionSynchronizationRegistry transaction, Runnable action) {
        register(transaction, status -> {
            if (status != Status.STATUS_COMMITTED) {
                action.run();
            }
        });
    }

    private static void register(TransactionSynchronizationRegistry transaction,
            IntConsumer afterCompletion) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                afterCompletion.accept(status);
            }
        });
    }
}
