package org.clinlead.portal.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project as lists show it, with the latest variation verdict of its first outcome measure, sign-off and latest data. */
public record ProjectSummary(long id, long version, String title, String ownerName, String organisation, String service,
        String aimStatement, LocalDate aimByWhen, ProjectStatus status, String statusLabel, BigDecimal progressScore,
        String progressMeaning, SpreadLevel spread, String spreadLabel, List<String> aims, PointType latestVerdict, String signedOffBy, java.time.LocalDate lastDataOn)
        implements Serializable {

    static ProjectSummary of(ChangeProject p, PointType verdict) {
        return new ProjectSummary(p.getId(), p.getVersion(), p.getTitle(), p.getOwner().getDisplayName(),
                p.getOrganisation().getName(), p.getService(), p.getAimStatement(), p.getAimByWhen(), p.getStatus(),
                p.getStatus().label(), p.getProgressScore(), ProgressScore.meaning(p.getProgressScore()), p.getSpread(),
                p.getSpread().label(), List.copyOf(p.getAims()), verdict, p.getSignedOffBy(), p.getLastDataOn());
    }
}
