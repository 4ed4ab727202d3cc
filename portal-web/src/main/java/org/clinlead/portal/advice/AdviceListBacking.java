package org.clinlead.portal.advice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.PagedList;

/** The requests for advice the caller may see, paged in the database, with the register's figures. */
@Named
@ViewScoped
public class AdviceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdviceRequests requests;

    @Inject
    private AdviceRegister register;

    private PagedList<AdviceSummary> list;
    private AdviceRegisterView figures;
    private String status = "pending";
    private boolean overdue;
    private boolean mine;

    @PostConstruct
    void init() {
        list = new PagedList<>(requests::search);
        figures = register.register();
        applyFilters();
    }

    public void applyFilters() {
        list.filter("status", status == null || status.isBlank() ? null : status);
        list.filter("overdue", overdue ? "true" : null);
        list.filter("requester", mine ? "me" : null);
    }

    public AdviceStatus[] getStatuses() {
        return AdviceStatus.values();
    }

    public PagedList<AdviceSummary> getList() {
        return list;
    }

    public AdviceRegisterView getFigures() {
        return figures;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
