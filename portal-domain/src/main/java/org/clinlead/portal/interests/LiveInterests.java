package org.clinlead.portal.interests;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Live declared interests in organisations, in words: what flags a board member on an agenda item and a
 * clinical lead advising on a provider's CQUIN scheme. An interest counts on the days it is live
 * ({@link Declaration#isLiveOn}).
 */
public final class LiveInterests {

    private LiveInterests() {
    }

    /** Each of {@code declarations} (one person's) live on {@code today} in one of {@code organisationIds}, in words. */
    public static List<String> flags(Collection<Declaration> declarations, Set<Long> organisationIds, LocalDate today) {
        return declarations.stream()
                .filter(d -> d.isLiveOn(today) && d.getOrganisation() != null
                        && organisationIds.contains(d.getOrganisation().getId()))
                .map(d -> d.getType().label() + " interest in " + d.getOrganisation().getName() + ": " + d.getDescription()
                        + " (declared action: " + d.getActionTaken().toLowerCase(Locale.ROOT) + ")")
                .toList();
    }
}
