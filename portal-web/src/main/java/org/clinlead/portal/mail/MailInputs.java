package org.clinlead.portal.mail;

import java.util.Locale;
import org.clinlead.portal.shared.InvalidInputException;

/** The bodies of the e-mail API's changes. */
public final class MailInputs {

    private MailInputs() {
    }

    /** {@code {"address": "name@nhs.net" or "" to remove, "version"}}. */
    public record Address(String address, Long version) {
    }

    /** {@code {"delivery": "IMMEDIATE" | "DIGEST" | "NONE" | null for the default, "digestHour": 0–23, "version"}}. */
    public record Choice(String delivery, Integer digestHour, Long version) {
    }

    /** {@code {"token": from the link in the e-mail}}. */
    public record Check(String token) {
    }

    static Delivery delivery(String value) {
        if (value == null || value.isBlank() || "DEFAULT".equalsIgnoreCase(value.strip())) {
            return null;
        }
        try {
            return Delivery.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("delivery", "Choose IMMEDIATE, DIGEST, NONE, or leave it empty for the portal's default.");
        }
    }
}
