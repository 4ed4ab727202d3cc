package org.clinlead.portal.commissioning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shared.UkTime;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;

/**
 * The commissioning page: the region view of a year (over the contracts the caller may see) and the contracts,
 * paged in the database, filtered by year and status.
 */
@Named
@ViewScoped
public class CommissioningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contracts contracts;

    @Inject
    private CommissioningOverview overviews;

    private PagedList<ContractSummary> list;
    private Overview overview;
    private Integer year;
    private String status;

    @PostConstruct
    void init() {
        year = FinancialYear.of(LocalDate.now(UkTime.ZONE)).startYear();
        list = new PagedList<>(contracts::search);
    }

    /** The filters chosen (and, on arrival, the year asked for in the address) to the list and the region view. */
    public void applyFilters() {
        list.filter("year", year == null ? null : String.valueOf(year));
        list.filter("status", status);
        try {
            overview = overviews.overview(year);
        } catch (PortalException e) {
            Feedback.error(e.getMessage());
        }
    }

    /** The years to choose from: five back and the next. */
    public List<Integer> getYears() {
        int now = FinancialYear.of(LocalDate.now(UkTime.ZONE)).startYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public String yearLabel(int startYear) {
        return new FinancialYear(startYear).label();
    }

    public SchemeStatus[] getStatuses() {
        return SchemeStatus.values();
    }

    /** The width of an achievement bar, 0 to 100 (per cent of the CQUIN value earned). */
    public long bar(ContractSummary c) {
        return c.achievement() == null ? 0 : Math.round(c.achievement().doubleValue() * 100);
    }

    /** A share (0 to 1) as a whole per cent, for a bar. */
    public long percent(java.math.BigDecimal share) {
        return share == null ? 0 : Math.round(share.doubleValue() * 100);
    }

    public PagedList<ContractSummary> getList() {
        return list;
    }

    public Overview getOverview() {
        return overview;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
