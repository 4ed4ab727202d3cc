package org.clinlead.portal.people;

/** What a person may do in the portal. One person can hold several roles. */
public enum Role {

    ADMIN("Administrator", "Users, organisations, reference data and the audit log"),
    MEDICAL_DIRECTOR("Medical director", "Approves or rejects senior clinical lead appointments"),
    BOARD_SECRETARY("Board secretary", "Runs a board's meetings, packs, minutes and action log"),
    BOARD_MEMBER("Board member", "Reviews pathway papers, declares interests, takes decisions"),
    PROGRAMME_MANAGER("Programme manager", "Runs the aspiring clinical leaders programme"),
    MENTOR("Mentor", "Supports aspiring leaders and signs off their change projects"),
    ASPIRING_LEADER("Aspiring clinical leader", "Records change projects, data and PDSA cycles"),
    COMMISSIONER("Commissioner", "Sets quality standards in contracts and assesses submissions"),
    PROVIDER("Provider quality lead", "Submits quarterly performance against standards");

    private final String label;
    private final String purpose;

    Role(String label, String purpose) {
        this.label = label;
        this.purpose = purpose;
    }

    public String label() {
        return label;
    }

    public String purpose() {
        return purpose;
    }
}
