package org.clinlead.portal.api;

import org.clinlead.portal.shared.InvalidInputException;

/** The version an update was based on; required, so that a stale update is refused rather than applied. */
public final class Versioned {

    private Versioned() {
    }

    public static long required(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the record you are changing (from the last GET).");
        }
        return version;
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "The request needs a JSON body.");
        }
        return body;
    }
}
