package org.clinlead.portal.strategy;

/** The kinds of record that are activities of the strategy, each from its capability. */
public enum ActivityKind {

    VACANCY("Lead vacancy", "Appointments"),
    APPOINTMENT("Lead appointment", "Appointments"),
    AGENDA_ITEM("Board agenda item", "Pathway boards"),
    PROJECT("Change project", "Leaders programme"),
    COHORT("Programme cohort", "Leaders programme"),
    CQUIN_INDICATOR("CQUIN indicator", "Commissioning"),
    ADVICE_REQUEST("Clinical advice request", "Clinical advice"),
    ASSURANCE_REVIEW("Plan assurance review", "Assurance"),
    RECONFIGURATION("Reconfiguration review", "Service changes");

    private final String label;
    private final String capability;

    ActivityKind(String label, String capability) {
        this.label = label;
        this.capability = capability;
    }

    public String label() {
        return label;
    }

    /** The portal page (path from the portal's root) that shows an activity of this kind, given its page's record. */
    public String page(Long pageId) {
        return switch (this) {
            case VACANCY -> "/appointments/vacancy.xhtml?id=" + pageId;
            case APPOINTMENT -> "/appointments/advisory-group.xhtml";
            case AGENDA_ITEM -> "/boards/meeting.xhtml?id=" + pageId;
            case PROJECT -> "/projects/project.xhtml?id=" + pageId;
            case COHORT -> "/cohort/cohort.xhtml?id=" + pageId;
            case CQUIN_INDICATOR -> "/commissioning/contract.xhtml?id=" + pageId;
            case ADVICE_REQUEST -> "/advice/request.xhtml?id=" + pageId;
            case ASSURANCE_REVIEW -> "/assurance/review.xhtml?id=" + pageId;
            case RECONFIGURATION -> "/reconfiguration/proposal.xhtml?id=" + pageId;
        };
    }

    /** The capability the kind belongs to, as the dashboard groups them. */
    public String capability() {
        return capability;
    }
}
