package org.clinlead.portal.appointments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.InterestType;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Impartiality, checked rather than assumed. Acting on your own application is refused outright; a
 * live declared interest in the candidate's organisation, or an indirect interest naming the candidate,
 * is a conflict flag the person must answer with a statement of how it is managed before they act.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /** Refuses anyone scoring, chairing or deciding an application in which they are the candidate. */
    public static void requireNotCandidate(Clinician actor, Clinician candidate, String acting) {
        if (same(actor, candidate)) {
            throw new RuleViolationException("You are the candidate on this application, so you cannot " + acting + " it.");
        }
    }

    /** The conflicts {@code actor}'s declarations raise with {@code candidate} on {@code today}, in words. */
    public static List<String> between(Clinician actor, Collection<Declaration> actorDeclarations, Clinician candidate,
            LocalDate today) {
        String name = candidate.getDisplayName().toLowerCase(Locale.ROOT);
        return actorDeclarations.stream()
                .filter(d -> d.isLiveOn(today))
                .filter(d -> same(d.getClinician(), actor))
                .<String>mapMulti((d, flags) -> {
                    if (d.getOrganisation() != null && same(d.getOrganisation(), candidate.getOrganisation())) {
                        flags.accept(actor.getDisplayName() + " has a live " + d.getType().label().toLowerCase(Locale.ROOT)
                                + " interest in " + d.getOrganisation().getName() + ", the candidate's organisation: "
                                + d.getDescription());
                    } else if (d.getType() == InterestType.INDIRECT && mentions(d, name)) {
                        flags.accept(actor.getDisplayName() + " has an indirect interest naming the candidate: "
                                + d.getDescription() + " (through " + d.getRelatedPerson() + ")");
                    }
                })
                .toList();
    }

    private static boolean mentions(Declaration d, String candidateName) {
        return (d.getRelatedPerson() != null && d.getRelatedPerson().toLowerCase(Locale.ROOT).contains(candidateName))
                || d.getDescription().toLowerCase(Locale.ROOT).contains(candidateName);
    }

    static boolean same(Clinician a, Clinician b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    static boolean same(Organisation a, Organisation b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }
}
