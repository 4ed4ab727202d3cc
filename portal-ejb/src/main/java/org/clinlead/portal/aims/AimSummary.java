package org.clinlead.portal.aims;

import java.io.Serializable;

/** A strategic aim as the views and the API show it. */
public record AimSummary(String code, String title, String description) implements Serializable {
}
