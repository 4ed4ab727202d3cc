package org.clinlead.portal.setup;

import java.util.Locale;

/**
 * How the portal runs. Demo is what it does when nothing is configured: it seeds a fictional region and
 * says so on every page. Production seeds nothing and needs a first administrator's password.
 */
public enum PortalMode {
    DEMO,
    PRODUCTION;

    public static PortalMode parse(String value) {
        if (value == null || value.isBlank()) {
            return DEMO;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PORTAL_MODE must be 'demo' or 'production', not '" + value + "'", e);
        }
    }
}
