package org.clinlead.portal.boards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinlead.portal.interests.Declaration;

/**
 * The conflict matching no board portal does: an item concerns some organisations; a member with a live
 * declared interest in any of them is conflicted on it.
 */
public final class BoardConflicts {

    private BoardConflicts() {
    }

    /** Each of {@code declarations} (one member's) that conflicts with an item concerning {@code organisationIds}, in words. */
    public static List<String> flags(Collection<Declaration> declarations, Set<Long> organisationIds, LocalDate today) {
        return declarations.stream()
                .filter(d -> d.isLiveOn(today) && d.getOrganisation() != null
                        && organisationIds.contains(d.getOrganisation().getId()))
                .map(d -> d.getType().label() + " interest in " + d.getOrganisation().getName() + ": " + d.getDescription()
                        + " (declared action: " + d.getActionTaken().toLowerCase(Locale.ROOT) + ")")
                .toList();
    }
}
