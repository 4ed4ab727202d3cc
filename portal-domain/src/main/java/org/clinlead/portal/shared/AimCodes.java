package org.clinlead.portal.shared;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The strategy's aims (A to E) a record serves, as named by a person: checked, gaps ignored, with the capability's own aim added. */
public final class AimCodes {

    private static final Set<String> KNOWN = Set.of("A", "B", "C", "D", "E");

    private AimCodes() {
    }

    /** The aims named, checked, with {@code always} added. */
    public static Set<String> of(Collection<String> codes, String always) {
        Set<String> wanted = new TreeSet<>();
        if (codes != null) {
            codes.stream().filter(Objects::nonNull).map(String::strip).forEach(wanted::add);
        }
        new Check().require(KNOWN.containsAll(wanted), "aims", "The strategy's aims are A to E.").orThrow();
        wanted.add(always);
        return wanted;
    }

    /**
     * The aims as the column every activity table keeps and the database checks is not empty ({@code "ACE"}):
     * in order, no gaps; empty when there are none (which the database refuses).
     */
    public static String joined(Collection<String> aims) {
        return String.join("", new TreeSet<>(aims));
    }
}
