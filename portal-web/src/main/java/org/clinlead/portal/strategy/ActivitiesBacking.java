package org.clinlead.portal.strategy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.PagedList;

/** The activities behind a figure or a gap: filtered by aim, kind, pathway, organisation and period; paged in the database. */
@Named
@ViewScoped
public class ActivitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyCoverage coverage;

    @Inject
    private org.clinlead.portal.aims.Strategy strategy;

    private String aim;
    private String kind;
    private String pathway;
    private String organisation;
    private String from;
    private String to;
    private PagedList<ActivityRow> list;

    public void load() {
        list = new PagedList<>(coverage::activities);
        list.filter("aim", blank(aim));
        list.filter("kind", blank(kind));
        list.filter("pathway", blank(pathway));
        list.filter("organisation", blank(organisation));
        list.filter("from", blank(from));
        list.filter("to", blank(to));
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    /** The filtered pathway by its name ("End of life"), not its code. */
    public String getPathwayName() {
        return pathway == null ? null : strategy.pathways().stream().filter(p -> p.code().equals(pathway.strip()))
                .map(org.clinlead.portal.aims.PathwaySummary::name).findFirst().orElse(pathway);
    }

    /** The page that shows an activity. */
    public String url(ActivityRow a) {
        return a.kind().page(a.pageId());
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public PagedList<ActivityRow> getList() {
        return list;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPathway() {
        return pathway;
    }

    public void setPathway(String pathway) {
        this.pathway = pathway;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
