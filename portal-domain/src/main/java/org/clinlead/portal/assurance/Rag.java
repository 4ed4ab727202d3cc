package org.clinlead.portal.assurance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A panel member's rating of a criterion; worst first, so the natural order runs red, amber, green. */
public enum Rag {

    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The panel's rating of a criterion: the middle of the members' ratings, the worse of the two middle ones when
     * the panel is even (one green among two reds is red; red, amber, green is amber); null with no ratings.
     */
    public static Rag panel(Collection<Rag> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        List<Rag> sorted = new ArrayList<>(ratings);
        sorted.sort(null);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
