package org.clinlead.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.clinlead.portal.notices.Link;

/**
 * Turns what a notice points at into the page that shows it: the one place that knows page addresses for
 * records, so boundaries never do. Addresses are relative to the application ({@code /boards/meeting.xhtml?id=12}).
 */
@Named
@ApplicationScoped
public class Links implements org.clinlead.portal.mail.PageAddresses {

    /**
     * A value as it goes in a page address ({@code ?code=#{links.param(x.code)}}), for the plain links pages use instead
     * of {@code h:link} (docs/architecture.md, "Page links"): the characters an address reserves are escaped.
     */
    public String param(Object value) {
        return value == null ? "" : java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String url(Link link) {
        if (link == null) {
            return null;
        }
        return switch (link.kind()) {
            case MEETING -> "/boards/meeting.xhtml?id=" + link.id();
            case BOARD_ACTIONS -> "/boards/actions.xhtml";
            case PROJECT -> "/projects/project.xhtml?id=" + link.id();
            case COHORT -> "/cohort/cohort.xhtml?id=" + link.id();
            case PARTICIPANT -> "/cohort/participant.xhtml?id=" + link.id();
            case FOLLOW_UP_ROUND -> "/cohort/follow-up.xhtml?round=" + link.id();
            case MY_DECLARATIONS -> "/interests/mine.xhtml";
            case ADVISORY_GROUP -> "/appointments/advisory-group.xhtml";
            case CONTRACT -> "/commissioning/contract.xhtml?id=" + link.id();
            case ADVICE_REQUEST -> "/advice/request.xhtml?id=" + link.id();
            case RECONFIGURATION -> "/reconfiguration/proposal.xhtml?id=" + link.id();
            case ASSURANCE_REVIEW -> "/assurance/review.xhtml?id=" + link.id();
            case TARGET_SERIES -> "/targets/series.xhtml?id=" + link.id();
        };
    }
}
