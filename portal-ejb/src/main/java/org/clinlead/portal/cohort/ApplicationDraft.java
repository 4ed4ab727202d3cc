package org.clinlead.portal.cohort;

/** An application for a place: the pathway, a statement, and who confirms the organisation's support. */
public record ApplicationDraft(String pathwayCode, String statement, String supporterName, SupporterRole supporterRole) {
}
