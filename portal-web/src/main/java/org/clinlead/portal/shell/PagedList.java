package org.clinlead.portal.shell;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a boundary's search: paging, sorting and filtering happen in the
 * database, the view holds only the rows on screen. Column {@code field}s are the boundary's sort and
 * filter names; extra filters (a drop-down above the table) come from {@link #filter(String, String)}.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The boundary's search, serializable because view-scoped beans are. */
    @FunctionalInterface
    public interface Search<T> extends Serializable {
        Page<T> search(PageRequest request);
    }

    private final Search<T> search;
    private final Map<String, String> extraFilters = new HashMap<>();
    /** Whether a page has been read: before that the table is on its first page and needs no count of its own. */
    private boolean loaded;

    public PagedList(Search<T> search) {
        this.search = search;
    }

    public void filter(String name, String value) {
        if (value == null || value.isBlank()) {
            extraFilters.remove(name);
        } else {
            extraFilters.put(name, value);
        }
    }

    /**
     * The rows in the list, which the table asks before each page only to move back to the last page when a filter
     * leaves fewer rows than the page it is on. A table just drawn is on its first page, so it is not counted twice
     * (0 tells PrimeFaces the count is not known; {@link #load} sets it with the page).
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (!loaded) {
            return 0;
        }
        try {
            return (int) search.search(new PageRequest(0, 1, null, true, filters(filterBy))).total();
        } catch (InvalidInputException e) {
            return 0; // load says why
        }
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        Page<T> page;
        try {
            page = search.search(new PageRequest(first / size, size, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING, filters(filterBy)));
        } catch (InvalidInputException e) {
            // A search text no list could match (too long, an invisible character): said above the table, no rows.
            Feedback.error(e.getMessage());
            setRowCount(0);
            return List.of();
        }
        loaded = true;
        setRowCount((int) page.total());
        return page.items();
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(extraFilters);
        if (filterBy != null) {
            filterBy.values().forEach(meta -> {
                Object value = meta.getFilterValue();
                if (value != null && !value.toString().isBlank()) {
                    filters.put(meta.getField(), value.toString());
                }
            });
        }
        return filters;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.hashCode());
    }
}
