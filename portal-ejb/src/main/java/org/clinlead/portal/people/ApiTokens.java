package org.clinlead.portal.people;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * Personal API tokens: everyone signed in makes and revokes their own; administrators see and revoke
 * anyone's. {@link #authenticate} is how the authentication mechanism turns a bearer token into a
 * caller — one indexed lookup (remembered for a few seconds by {@link TokenCache}), and a write at most
 * once a minute per token (its "last used" time, by a bulk update that never touches the row's version,
 * so parallel calls cannot collide).
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ApiTokens {

    static final String RECORD = "API token";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final ZoneId UK = org.clinlead.portal.shared.UkTime.ZONE;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private TokenCache cache;

    @Inject
    private Clock clock;

    /** Makes a token for the caller; the answer holds the secret, which is not kept anywhere. */
    public IssuedToken issue(NewToken request) {
        if (request == null) {
            throw new InvalidInputException("name", "Give the token a name.");
        }
        Instant now = Instant.now(clock);
        UserAccount account = account();
        Instant expires = request.expiresOn() == null ? null : request.expiresOn().plusDays(1).atStartOfDay(UK).toInstant();
        ApiToken.Issued issued = ApiToken.issue(account, request.name(), Boolean.TRUE.equals(request.readOnly()), now, expires);
        em.persist(issued.token());
        em.flush();
        audit.record(AuditAction.CREATED, RECORD, issued.token().getId(), "Token '" + issued.token().getName() + "' ("
                + (issued.token().isReadOnly() ? "read-only" : "read-write") + ", expires " + request.expiresOn() + ")");
        return new IssuedToken(TokenSummary.of(issued.token(), now), issued.secret());
    }

    /** The caller's own tokens, newest first. */
    public Page<TokenSummary> mine(PageRequest request) {
        String me = caller.name();
        return page(me, request);
    }

    /** Every token, newest first; filter {@code owner} (a username). */
    @RolesAllowed(ADMIN)
    public Page<TokenSummary> all(PageRequest request) {
        String owner = request.filter("owner");
        return page(owner == null ? null : UserAccount.normaliseUsername(owner), request);
    }

    /** Revokes one of the caller's tokens, or anyone's for an administrator; another person's token is "not found". */
    public TokenSummary revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !(caller.isIn(ADMIN) || token.getAccount().getUsername().equals(caller.name()))) {
            throw new RecordNotFoundException(RECORD, id);
        }
        Instant now = Instant.now(clock);
        token.revoke(caller.name(), now);
        cache.forget(token.getTokenHash());
        audit.record(AuditAction.CLOSED, RECORD, id, "Token '" + token.getName() + "' of " + token.getAccount().getUsername()
                + " revoked");
        return TokenSummary.of(token, now);
    }

    /**
     * The caller a presented token stands for, or null when it is unknown, revoked, expired or its account
     * disabled — each such use is written to the audit log.
     */
    @PermitAll
    public TokenCaller authenticate(String secret) {
        Instant now = Instant.now(clock);
        String hash = secret == null || secret.length() > 200 ? null : ApiToken.hash(secret);
        TokenCaller known = hash == null ? null : cache.get(hash, now);
        if (known != null) {
            return known;
        }
        long generation = cache.generation();
        List<ApiToken> found = hash == null ? List.of()
                : em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :hash", ApiToken.class)
                        .setParameter("hash", hash).getResultList();
        if (found.isEmpty()) {
            audit.recordSecurityEvent("anonymous", AuditAction.SIGN_IN_FAILED, RECORD, null, "Unknown API token");
            return null;
        }
        ApiToken token = found.get(0);
        String refusal = token.refusal(now);
        if (refusal != null) {
            audit.recordSecurityEvent(token.getAccount().getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, token.getId(),
                    "API token '" + token.getName() + "' used but " + refusal);
            return null;
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :cutoff)")
                    .setParameter("now", now).setParameter("id", token.getId())
                    .setParameter("cutoff", now.minus(LAST_USED_PRECISION)).executeUpdate();
        }
        TokenCaller signedIn = new TokenCaller(token.getAccount().getUsername(), token.getAccount().getRoles(),
                token.isReadOnly());
        cache.put(hash, signedIn, now, token.getExpiresAt(), generation);
        return signedIn;
    }

    /** Tokens newest first, of one account ({@code owner}) or of everyone (null). */
    private Page<TokenSummary> page(String owner, PageRequest request) {
        Instant now = Instant.now(clock);
        Page<ApiToken> page = new Lists<>(em, ApiToken.class, Map.of("createdAt", r -> r.get("createdAt")), Map.of(),
                "createdAt", false)
                .within((cb, r) -> owner == null ? null : cb.equal(r.get("account").get("username"), owner))
                .fetching(r -> r.fetch("account"))
                .page(request);
        return new Page<>(page.items().stream().map(t -> TokenSummary.of(t, now)).toList(), page.total());
    }

    private UserAccount account() {
        return em.createQuery("select a from UserAccount a where a.username = :name", UserAccount.class)
                .setParameter("name", caller.name()).getSingleResult();
    }
}
