package org.clinlead.portal.reconfiguration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.PagedList;

/** The proposals the caller may see, paged in the database. */
@Named
@ViewScoped
public class ReconfigurationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reconfigurations reconfigurations;

    private PagedList<ReconfigurationSummary> list;
    private String stage = "open";
    private String q;

    @PostConstruct
    void init() {
        list = new PagedList<>(reconfigurations::search);
        applyFilters();
    }

    public void applyFilters() {
        list.filter("stage", stage == null || stage.isBlank() ? null : stage);
        list.filter("q", q == null || q.isBlank() ? null : q);
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    public PagedList<ReconfigurationSummary> getList() {
        return list;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
