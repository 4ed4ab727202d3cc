package org.clinlead.portal.interests;

import java.util.Collection;
import org.clinlead.portal.shared.UkTime;

/**
 * The yearly declaration round: a person has declared for a year when they made a nil return for it or
 * declared (or amended) an interest during it. Applying for a lead seat needs this for the current year.
 */
public final class DeclarationRound {

    private DeclarationRound() {
    }

    public static boolean counts(Declaration d, int year) {
        return d.isNilReturn() ? d.getYear() == year : d.getDeclaredAt().atZone(UkTime.ZONE).getYear() == year;
    }

    public static boolean hasDeclared(Collection<Declaration> own, int year) {
        return own.stream().anyMatch(d -> counts(d, year));
    }
}
