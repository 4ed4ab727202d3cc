package org.clinlead.portal.appointments;

/** How a lead came to their seat: through the competitive process, or kept from the national service review. */
public enum Route {
    COMPETITIVE("Competitive"),
    NSR("National review (NSR)");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
