package org.clinlead.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.appointments.AppointmentDecisions;
import org.clinlead.portal.appointments.Panels;

/**
 * The boundaries the home page asks, held once for the application. Injected into the request's {@code HomeBacking}
 * they were looked up again for every request, fifteen of them (issue 17 found it 6 % of the medical director's home
 * page); a stateless boundary's reference may be shared, each call still goes to the container with the caller's roles.
 */
@ApplicationScoped
public class HomeBoundaries {

    @Inject
    private Strategy strategy;

    @Inject
    private AppointmentDecisions appointmentDecisions;

    @Inject
    private Panels panels;

    @Inject
    private org.clinlead.portal.boards.PaperReviews paperReviews;

    @Inject
    private org.clinlead.portal.boards.BoardActions boardActions;

    @Inject
    private org.clinlead.portal.projects.ChangeProjects changeProjects;

    @Inject
    private org.clinlead.portal.projects.ProjectSpread projectSpread;

    @Inject
    private org.clinlead.portal.cohort.CohortApplications cohortApplications;

    @Inject
    private org.clinlead.portal.cohort.Mentoring mentoring;

    @Inject
    private org.clinlead.portal.cohort.Participants participants;

    @Inject
    private org.clinlead.portal.cohort.FollowUp followUp;

    @Inject
    private org.clinlead.portal.commissioning.CommissioningOverview commissioning;

    @Inject
    private org.clinlead.portal.advice.AdviceRequests adviceRequests;

    @Inject
    private org.clinlead.portal.strategy.StrategyCoverage strategyCoverage;

    @Inject
    private org.clinlead.portal.strategy.StrategyHeadlines strategyHeadlines;

    Strategy strategy() {
        return strategy;
    }

    AppointmentDecisions appointmentDecisions() {
        return appointmentDecisions;
    }

    Panels panels() {
        return panels;
    }

    org.clinlead.portal.boards.PaperReviews paperReviews() {
        return paperReviews;
    }

    org.clinlead.portal.boards.BoardActions boardActions() {
        return boardActions;
    }

    org.clinlead.portal.projects.ChangeProjects changeProjects() {
        return changeProjects;
    }

    org.clinlead.portal.projects.ProjectSpread projectSpread() {
        return projectSpread;
    }

    org.clinlead.portal.cohort.CohortApplications cohortApplications() {
        return cohortApplications;
    }

    org.clinlead.portal.cohort.Mentoring mentoring() {
        return mentoring;
    }

    org.clinlead.portal.cohort.Participants participants() {
        return participants;
    }

    org.clinlead.portal.cohort.FollowUp followUp() {
        return followUp;
    }

    org.clinlead.portal.commissioning.CommissioningOverview commissioning() {
        return commissioning;
    }

    org.clinlead.portal.advice.AdviceRequests adviceRequests() {
        return adviceRequests;
    }

    org.clinlead.portal.strategy.StrategyCoverage strategyCoverage() {
        return strategyCoverage;
    }

    org.clinlead.portal.strategy.StrategyHeadlines strategyHeadlines() {
        return strategyHeadlines;
    }
}
