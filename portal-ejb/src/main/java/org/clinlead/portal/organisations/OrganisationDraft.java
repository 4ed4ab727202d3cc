package org.clinlead.portal.organisations;

/** What a person types to register or amend an organisation. The entity checks it. */
public record OrganisationDraft(String name, OrganisationType type, String nationalCode) {
}
