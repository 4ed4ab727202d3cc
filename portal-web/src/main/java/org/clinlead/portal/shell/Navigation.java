package org.clinlead.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The main menu, grouped by area of work, with the area a person's role uses most first (a medical director's
 * appointments, a board secretary's boards, a commissioner's contracts…). Links keep the ids tests and people's
 * bookmarks of the old flat menu knew ({@code menuBoards}, {@code menuAudit}…).
 */
@Named
@RequestScoped
public class Navigation {

    /** One link of the menu: its element id, its page (from the portal's root), its words. */
    public record Link(String id, String page, String label) {
    }

    /** One area of the menu; {@code current} when the page shown is one of its links. */
    public record Group(String key, String label, List<Link> links, boolean current) {
    }

    @Inject
    private CurrentUser user;

    private List<Group> groups;

    public List<Group> getGroups() {
        if (groups == null) {
            groups = build();
        }
        return groups;
    }

    /** The page shown, as a menu link names it ("/boards/index.xhtml"). */
    public String getCurrentPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }

    private List<Group> build() {
        CurrentUser.Can can = user.getCan();
        List<Group> all = new ArrayList<>();
        List<Link> appointments = new ArrayList<>(List.of(
                new Link("menuVacancies", "/appointments/vacancies.xhtml", "Lead vacancies"),
                new Link("menuAdvisoryGroup", "/appointments/advisory-group.xhtml", "Clinical Advisory Group"),
                new Link("menuDeclarations", "/interests/mine.xhtml", "My declarations")));
        if (can.readInternalRegister()) {
            appointments.add(new Link("menuInternalRegister", "/interests/register.xhtml", "Register (internal)"));
        }
        appointments.add(new Link("menuRegister", "/public/register.xhtml", "Register of interests"));
        all.add(group("appointments", "Appointments and interests", appointments));
        all.add(group("boards", "Boards", List.of(
                new Link("menuBoards", "/boards/index.xhtml", "Pathway boards"),
                new Link("menuActions", "/boards/actions.xhtml", "Action log"),
                new Link("menuMinutes", "/public/minutes.xhtml", "Published minutes"))));
        List<Link> programme = new ArrayList<>(List.of(
                new Link("menuCohorts", "/cohort/cohorts.xhtml", "Leaders programme")));
        if (can.mentor()) {
            programme.add(new Link("menuMentees", "/cohort/mentees.xhtml", "My mentees"));
        }
        programme.add(new Link("menuProjects", "/projects/mine.xhtml", "My projects"));
        programme.add(new Link("menuAllProjects", "/projects/all.xhtml", can.runProgramme() ? "All projects" : "Project library"));
        all.add(group("programme", "Leaders programme", programme));
        List<Link> commissioning = new ArrayList<>(List.of(
                new Link("menuCommissioning", "/commissioning/contracts.xhtml", "Quality contracts"),
                new Link("menuProfiles", "/profiles/index.xhtml", "Practice profiles"),
                new Link("menuAdvice", "/advice/requests.xhtml", "Clinical advice")));
        if (user.has("MEDICAL_DIRECTOR") || user.has("BOARD_MEMBER") || user.has("COMMISSIONER") || user.has("PROVIDER")
                || can.administer()) {
            commissioning.add(new Link("menuTargets", "/targets/index.xhtml", "Operating targets"));
        }
        commissioning.add(new Link("menuAssurance", "/assurance/reviews.xhtml", "Plan assurance"));
        commissioning.add(new Link("menuReconfiguration", "/reconfiguration/proposals.xhtml", "Service changes"));
        all.add(group("commissioning", "Commissioning", commissioning));
        all.add(group("strategy", "Strategy", List.of(
                new Link("menuStrategy", "/strategy.xhtml", "Strategy aims"),
                new Link("menuCoverage", "/strategy/coverage.xhtml", "Strategy coverage"),
                new Link("menuOrganisations", "/directory/organisations.xhtml", "Organisations"),
                new Link("menuClinicians", "/directory/clinicians.xhtml", "Clinicians"))));
        if (can.administer()) {
            all.add(group("admin", "Administration", List.of(
                    new Link("menuUsers", "/admin/users.xhtml", "User accounts"),
                    new Link("menuAudit", "/admin/audit.xhtml", "Audit log"),
                    new Link("menuOutbox", "/admin/outbox.xhtml", "Mail outbox"))));
        }
        String first = firstArea();
        all.sort(java.util.Comparator.comparing(g -> !g.key().equals(first)));
        return all;
    }

    /** The area the person's role works in most. */
    private String firstArea() {
        if (user.has("ADMIN")) {
            return "admin";
        }
        if (user.has("MEDICAL_DIRECTOR")) {
            return "appointments";
        }
        if (user.has("BOARD_SECRETARY") || user.has("BOARD_MEMBER")) {
            return "boards";
        }
        if (user.has("PROGRAMME_MANAGER") || user.has("MENTOR") || user.has("ASPIRING_LEADER")) {
            return "programme";
        }
        if (user.has("COMMISSIONER") || user.has("PROVIDER")) {
            return "commissioning";
        }
        return "strategy";
    }

    private Group group(String key, String label, List<Link> links) {
        String page = getCurrentPage();
        return new Group(key, label, List.copyOf(links), links.stream().anyMatch(l -> l.page().equals(page)));
    }
}
