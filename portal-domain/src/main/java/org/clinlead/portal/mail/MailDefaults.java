package org.clinlead.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clinlead.portal.shared.Check;

/** The administrators' default for everyone who has not chosen: one row. */
@Entity
@Table(name = "mail_default")
public class MailDefaults {

    public static final long ONLY = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour;

    protected MailDefaults() {
    }

    public void change(Delivery newDelivery, Integer newDigestHour) {
        new Check().require(newDelivery != null, "delivery", "Choose how notices go by default.")
                .require(newDigestHour != null && newDigestHour >= 0 && newDigestHour <= 23, "digestHour",
                        "Choose an hour between 00:00 and 23:00 for the daily e-mail.").orThrow();
        delivery = newDelivery;
        digestHour = newDigestHour;
    }

    public long getVersion() {
        return version;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public int getDigestHour() {
        return digestHour;
    }
}
