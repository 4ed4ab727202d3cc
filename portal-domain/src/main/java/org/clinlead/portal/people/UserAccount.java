package org.clinlead.portal.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinlead.portal.shared.Check;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A person's way into the portal: a username, a PBKDF2 password hash (never the password), one or more
 * roles, and the sign-in state behind the lockout rule. An account is linked to the clinician it
 * belongs to where there is one (an administrator need not be a clinician).
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int USERNAME_MAX = 40;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int IDENTITY_MAX = 254;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = USERNAME_MAX, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clinician_id")
    private Clinician clinician;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    /** Who the organisation's identity provider says this person is (the configured claim), once linked. */
    @Column(name = "sso_identity", length = IDENTITY_MAX, unique = true)
    private String ssoIdentity;

    @Column(name = "last_sso_sign_in")
    private Instant lastSsoSignIn;

    protected UserAccount() {
    }

    /**
     * @param passwordHash the hash of a password that has already passed {@link PasswordPolicy}
     */
    public UserAccount(String username, String displayName, String passwordHash, Clinician clinician,
            Collection<Role> roles) {
        String name = normaliseUsername(username);
        new Check()
                .require(name != null && USERNAME.matcher(name).matches(), "username",
                        "A username is 3 to 40 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.")
                .text(displayName, "displayName", "The display name", DISPLAY_NAME_MAX)
                .require(roles != null && !roles.isEmpty(), "roles", "Give the account at least one role.")
                .orThrow();
        this.username = name;
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.clinician = clinician;
        this.roles = EnumSet.copyOf(roles);
    }

    public static String normaliseUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Replaces the roles; an account always keeps at least one. */
    public void assignRoles(Collection<Role> newRoles) {
        new Check().require(newRoles != null && !newRoles.isEmpty(), "roles", "Give the account at least one role.").orThrow();
        roles.clear();
        roles.addAll(newRoles);
    }

    public void rename(String newDisplayName) {
        new Check().text(newDisplayName, "displayName", "The display name", DISPLAY_NAME_MAX).orThrow();
        this.displayName = newDisplayName.strip();
    }

    public void linkTo(Clinician newClinician) {
        this.clinician = newClinician;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. Reaching the policy's limit locks the account until {@code now + lockFor}.
     *
     * @return true if this failure locked the account
     */
    public boolean recordFailedSignIn(Instant now, LockoutPolicy policy) {
        LockoutPolicy.Tally before = new LockoutPolicy.Tally(failedAttempts, lockedUntil);
        LockoutPolicy.Tally after = policy.fail(before, now);
        failedAttempts = after.failures();
        lockedUntil = after.lockedUntil();
        return after.justLocked(before);
    }

    /** Whether a successful sign-in has anything to clear (so a routine sign-in need not write the row). */
    public boolean hasFailuresToClear() {
        return failedAttempts > 0 || lockedUntil != null;
    }

    /** An identity as it is kept and compared: trimmed, lower case; null for a blank or over-long one. */
    public static String normaliseIdentity(String identity) {
        if (identity == null || identity.isBlank()) {
            return null;
        }
        String clean = identity.strip().toLowerCase(java.util.Locale.ROOT);
        return clean.length() > IDENTITY_MAX ? null : clean;
    }

    /** Links the account to the identity provider's name for the person (blank unlinks it). */
    public void linkIdentity(String identity) {
        new org.clinlead.portal.shared.Check().optionalText(identity, "ssoIdentity", "The organisation sign-in identity", IDENTITY_MAX)
                .require(identity == null || identity.strip().chars().noneMatch(Character::isWhitespace), "ssoIdentity",
                        "The organisation sign-in identity has no spaces (it is an e-mail address or a username).")
                .orThrow();
        ssoIdentity = normaliseIdentity(identity);
    }

    /** A sign-in through the organisation's identity provider (failed passwords are not cleared by it). */
    public void recordSsoSignIn(Instant now) {
        lastSignIn = now;
        lastSsoSignIn = now;
    }

    public String getSsoIdentity() {
        return ssoIdentity;
    }

    public Instant getLastSsoSignIn() {
        return lastSsoSignIn;
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignIn = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }
}
