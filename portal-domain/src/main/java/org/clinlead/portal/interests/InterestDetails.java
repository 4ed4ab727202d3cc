package org.clinlead.portal.interests;

import java.time.LocalDate;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.Check;

/**
 * What an interest says. The organisation concerned is one of the portal's or a named outside body
 * (exactly one of the two); an indirect interest names the relative or associate who holds it.
 */
public record InterestDetails(InterestType type, Organisation organisation, String outsideBody, String relatedPerson,
        String description, LocalDate fromDate, LocalDate toDate, String actionTaken) {

    void check() {
        boolean hasOutside = outsideBody != null && !outsideBody.isBlank();
        Check check = new Check()
                .require(type != null, "type", "Choose the type of interest.")
                .require(organisation != null || hasOutside, "organisationId",
                        "Choose the organisation concerned, or name the outside body.")
                .require(organisation == null || !hasOutside, "outsideBody",
                        "Give either one of the portal's organisations or an outside body, not both.")
                .optionalText(outsideBody, "outsideBody", "The outside body's name", Declaration.NAME_MAX)
                .optionalText(relatedPerson, "relatedPerson", "The related person's name", Declaration.NAME_MAX)
                .text(description, "description", "The description", Declaration.TEXT_MAX)
                .require(fromDate != null, "fromDate", "Give the date the interest started.")
                .text(actionTaken, "actionTaken", "The action taken to manage the interest", Declaration.TEXT_MAX);
        if (type == InterestType.INDIRECT) {
            check.require(relatedPerson != null && !relatedPerson.isBlank(), "relatedPerson",
                    "An indirect interest names the relative or close associate who holds it.");
        }
        if (fromDate != null && toDate != null) {
            check.require(!toDate.isBefore(fromDate), "toDate", "The end date cannot be before the start date.");
        }
        check.orThrow();
    }
}
