package org.clinlead.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * One person's e-mail settings: the address (used only once they have opened the check link sent to it), how
 * their notices reach them (null: the portal's default), and the hour of their daily digest.
 */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    /** How long the link that checks an address works. */
    public static final Duration CHECK_LINK_LIFE = Duration.ofDays(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String username;

    @Column(length = Clinician.EMAIL_MAX)
    private String address;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_sent_at")
    private Instant tokenSentAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Delivery delivery;

    @Column(name = "digest_hour")
    private Integer digestHour;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    protected MailPreference() {
    }

    public MailPreference(String username) {
        this.username = username;
    }

    /** The address as it is kept (trimmed, lower case), or null for a blank one. */
    public static String clean(String address) {
        return address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A new address, waiting for its check: mail goes there only after the link sent to it is opened. The same
     * address again changes nothing (false); a blank one removes it (and with it every e-mail).
     *
     * @return whether a check link must be sent (with {@code newTokenHash})
     */
    public boolean changeAddress(String newAddress, String newTokenHash, Instant now) {
        String cleaned = clean(newAddress);
        Check check = new Check().optionalText(cleaned, "address", "The e-mail address", Clinician.EMAIL_MAX);
        if (cleaned != null && cleaned.length() <= Clinician.EMAIL_MAX && !Clinician.isEmailAddress(cleaned)) {
            check.add(new org.clinlead.portal.shared.FieldError("address", "Enter an e-mail address like name@nhs.net."));
        }
        check.orThrow();
        if (java.util.Objects.equals(cleaned, address) && (verifiedAt != null || cleaned == null)) {
            return false;
        }
        address = cleaned;
        verifiedAt = null;
        tokenHash = cleaned == null ? null : newTokenHash;
        tokenSentAt = cleaned == null ? null : now;
        return cleaned != null;
    }

    /** The address checked by the link sent to it (its token's hash); refused when the link is wrong or too old. */
    public void verify(String presentedHash, Instant now) {
        if (tokenHash == null || !java.security.MessageDigest.isEqual(tokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                presentedHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new RuleViolationException("This link does not check your current e-mail address: it may be for an earlier "
                    + "address, or already used. Send a new link from My notifications.");
        }
        if (now.isAfter(tokenSentAt.plus(CHECK_LINK_LIFE))) {
            throw new RuleViolationException("This link is more than two days old. Send a new one from My notifications.");
        }
        verifiedAt = now;
        tokenHash = null;
        tokenSentAt = null;
    }

    /** An address set up as already checked (the demo region, or an administrator's import). */
    public void useCheckedAddress(String checkedAddress, Instant now) {
        changeAddress(checkedAddress, null, now);
        verifiedAt = now;
        tokenHash = null;
        tokenSentAt = null;
    }

    /** How notices reach this person (null: the portal's default), and the digest's hour (0–23) when daily. */
    public void choose(Delivery newDelivery, Integer newDigestHour) {
        new Check().require(newDigestHour == null || newDigestHour >= 0 && newDigestHour <= 23, "digestHour",
                "Choose an hour between 00:00 and 23:00 for the daily e-mail.").orThrow();
        delivery = newDelivery;
        digestHour = newDigestHour;
    }

    public Delivery deliveryOr(Delivery fallback) {
        return delivery == null ? fallback : delivery;
    }

    public int digestHourOr(int fallback) {
        return digestHour == null ? fallback : digestHour;
    }

    /** Mail can go to this person: an address they have checked. */
    public boolean isReachable() {
        return address != null && verifiedAt != null;
    }

    public boolean isAwaitingCheck() {
        return address != null && verifiedAt == null;
    }

    public void digestSent(Instant now) {
        lastDigestAt = now;
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

    public String getAddress() {
        return address;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getTokenSentAt() {
        return tokenSentAt;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public Integer getDigestHour() {
        return digestHour;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }
}
