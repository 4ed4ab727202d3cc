package org.clinlead.portal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinlead.portal.shell.PagedList;

/** Administrators browsing, filtering, verifying and exporting the audit log. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog log;

    private PagedList<AuditLine> entries;
    private String actor;
    private String action;
    private String recordType;
    private LocalDate from;
    private LocalDate to;
    private ChainReport report;

    @PostConstruct
    void init() {
        entries = new PagedList<>(log::search);
    }

    /** Applies the filters above the table. */
    public void apply() {
        filters().forEach(entries::filter);
    }

    public void verify() {
        report = log.verify();
    }

    /** The CSV export of what the filters select, served by the API with the browser's session. */
    public String getExportUrl() {
        String query = filters().entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/api/v1/audit/export" + (query.isEmpty() ? "" : "?" + query);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("actor", blankToNull(actor));
        filters.put("action", blankToNull(action));
        filters.put("recordType", blankToNull(recordType));
        filters.put("from", from == null ? null : from.toString());
        filters.put("to", to == null ? null : to.toString());
        return filters;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<String> getActions() {
        return log.actions();
    }

    public PagedList<AuditLine> getEntries() {
        return entries;
    }

    public ChainReport getReport() {
        return report;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
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
}
