package org.clinlead.portal.projects;

/** Where a change project is, from an idea to closed. */
public enum ProjectStatus {
    IDEA("Idea"),
    PLANNING("Planning"),
    TESTING("Testing"),
    IMPLEMENTING("Implementing"),
    SUSTAINING("Sustaining"),
    SPREADING("Spreading"),
    CLOSED("Closed");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
