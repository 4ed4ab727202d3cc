package org.clinlead.portal.aims;

import java.io.Serializable;

/** A care pathway as the views and the API show it. */
public record PathwaySummary(String code, String name) implements Serializable {
}
