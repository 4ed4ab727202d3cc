package org.clinlead.portal.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A personal API token: how a script signs in as its owner without a password. The token is 256 random
 * bits, shown once when it is made; only its SHA-256 hash is kept (a fast hash is right here, unlike for
 * passwords: nobody can guess 256 random bits, so checking a token costs microseconds, not the ~190 ms
 * of a password). A token expires (a year at most), may be limited to reading, and can be revoked by
 * its owner or an administrator.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 80;
    public static final Duration LONGEST = Duration.ofDays(366);
    /** Every token starts so, which lets secret scanners and people recognise one. */
    public static final String PREFIX = "clp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 12, updatable = false)
    private String tokenPrefix;

    @Column(name = "read_only", nullable = false, updatable = false)
    private boolean readOnly;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = UserAccount.USERNAME_MAX)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    private ApiToken(UserAccount account, String name, boolean readOnly, Instant now, Instant expiresAt, String secret) {
        this.account = account;
        this.name = name.strip();
        this.readOnly = readOnly;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.tokenHash = hash(secret);
        this.tokenPrefix = secret.substring(0, PREFIX.length() + 4);
    }

    /** A new token and its secret, which the caller shows once and never stores. */
    public record Issued(ApiToken token, String secret) {
    }

    public static Issued issue(UserAccount account, String name, boolean readOnly, Instant now, Instant expiresAt) {
        new Check().text(name, "name", "The token's name", NAME_MAX)
                .require(expiresAt != null, "expiresOn", "Give the day the token expires.")
                .orThrow();
        new Check().require(expiresAt.isAfter(now), "expiresOn", "The expiry day must be in the future.")
                .require(!expiresAt.isAfter(now.plus(LONGEST)), "expiresOn", "A token lasts a year at most.")
                .orThrow();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(new ApiToken(account, name, readOnly, now, expiresAt, secret), secret);
    }

    /** The hash a presented token is looked up by. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new RuleViolationException("This token was already revoked.");
        }
        this.revokedAt = now;
        this.revokedBy = by;
    }

    /** Why the token cannot be used now, or null when it can. */
    public String refusal(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        if (!now.isBefore(expiresAt)) {
            return "expired";
        }
        if (!account.isEnabled()) {
            return "account disabled";
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
