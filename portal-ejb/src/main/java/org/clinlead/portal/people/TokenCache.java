package org.clinlead.portal.people;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens checked in the last few seconds, so that a script's burst of calls costs one database lookup, not
 * one per call. An entry lives {@link #FOR} at most, and never past its token's expiry; revoking a token,
 * disabling an account or changing its roles empties it at once on this server (another server of a cluster notices within
 * {@link #FOR}) — and again once that change is committed: a lookup that read the token while the revocation was
 * not yet committed could otherwise keep it for {@link #FOR} more (a script calling in a loop did). A lookup keeps
 * its answer only if nothing was revoked or disabled since it began ({@link #generation()}).
 */
@ApplicationScoped
public class TokenCache {

    static final Duration FOR = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;

    record Entry(TokenCaller caller, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Moves on at every revocation or disabled account. */
    private long generation;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    /** Taken by a lookup before it reads the database, and handed back to {@link #put}. */
    synchronized long generation() {
        return generation;
    }

    TokenCaller get(String hash, Instant now) {
        Entry entry = entries.get(hash);
        if (entry == null || !now.isBefore(entry.until())) {
            return null;
        }
        return entry.caller();
    }

    synchronized void put(String hash, TokenCaller caller, Instant now, Instant tokenExpires, long readInGeneration) {
        if (readInGeneration != generation) {
            return; // a token was revoked or an account disabled while this lookup read the database
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Instant until = now.plus(FOR);
        entries.put(hash, new Entry(caller, until.isBefore(tokenExpires) ? until : tokenExpires));
    }

    /** Forgets a revoked token now, and again when the revocation's transaction ends. */
    void forget(String hash) {
        drop(hash);
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    drop(hash);
                }
            });
        }
    }

    private synchronized void drop(String hash) {
        generation++;
        entries.remove(hash);
    }

    private synchronized void clear() {
        generation++;
        entries.clear();
    }

    void accountDisabled(@Observes AccountDisabled event) {
        clear();
    }

    void accountDisabledCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountDisabled event) {
        clear();
    }

    void rolesChanged(@Observes AccountRolesChanged event) {
        clear();
    }

    void rolesChangedCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountRolesChanged event) {
        clear();
    }
}
