package org.clinlead.portal.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.aims.PathwaySummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** The coverage dashboard: the heat map of activity by aim, capability and quarter; pathways; organisations; gaps; headlines. */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyCoverage coverage;

    @Inject
    private Strategy strategy;

    @Inject
    private StrategyHeadlines strategyHeadlines;

    private LocalDate from;
    private LocalDate to;
    private String pathway;
    private CoverageView view;
    private GapsView gaps;
    private HeadlineFigures headlines;
    private long busiest;

    @PostConstruct
    void init() {
        gaps = coverage.gaps();
        headlines = strategyHeadlines.headlines();
        refresh();
    }

    /** Counts again for the period and pathway chosen. */
    public void refresh() {
        try {
            view = coverage.coverage(from, to, pathway, null);
            from = view.from();
            to = view.to();
            busiest = view.aims().stream().flatMap(a -> a.cells().stream()).flatMap(c -> c.perQuarter().stream())
                    .mapToLong(Long::longValue).max().orElse(0);
        } catch (PortalException e) {
            Feedback.show("period", e);
        }
    }

    /** The shade of a heat-map cell, 0 (none) to 4 (the busiest), as a CSS class. */
    public String shade(long count) {
        if (count == 0 || busiest == 0) {
            return "heat-0";
        }
        return "heat-" + Math.max(1, Math.min(4, (int) Math.ceil(4.0 * count / busiest)));
    }

    public List<PathwaySummary> getPathways() {
        return strategy.pathways();
    }

    public CoverageView getView() {
        return view;
    }

    /** This financial year (so far) and the two before, newest first, for the year in review. */
    public List<Quarter> getReportYears() {
        int now = Quarter.of(LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE)).startYear();
        return List.of(new Quarter(now, 1), new Quarter(now - 1, 1), new Quarter(now - 2, 1));
    }

    /** The first 40 gaps: the rest are in the API. */
    public List<Gap> getShownGaps() {
        return gaps.gaps().subList(0, Math.min(40, gaps.gaps().size()));
    }

    public GapsView getGaps() {
        return gaps;
    }

    public HeadlineFigures getHeadlines() {
        return headlines;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getPathway() {
        return pathway;
    }

    public void setPathway(String pathway) {
        this.pathway = pathway;
    }
}
