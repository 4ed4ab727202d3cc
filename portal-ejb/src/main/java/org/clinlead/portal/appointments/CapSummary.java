package org.clinlead.portal.appointments;

import java.io.Serializable;

/** The regional cap on senior clinical leads, how many are in post, and the version to change it from. */
public record CapSummary(int cap, long inPost, long version) implements Serializable {
}
