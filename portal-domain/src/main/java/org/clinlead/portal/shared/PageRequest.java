package org.clinlead.portal.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list: which page, how big, sorted by which field, filtered by which values. Sort and
 * filter fields are names the boundary whitelists; an unknown sort field is refused.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending, Map<String, String> filters)
        implements Serializable {

    public static final int MAX_SIZE = 200;
    /** The longest value a list is filtered by: longer than any name, title or code the portal keeps. */
    public static final int MAX_FILTER = 200;
    /** Rows before a page: beyond this no list reaches, and page × size must not overflow. */
    public static final int MAX_OFFSET = 100_000_000;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "The page number cannot be negative.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "The page size must be between 1 and " + MAX_SIZE + ".");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidInputException("page", "The page number is beyond the end of any list (at most "
                    + MAX_OFFSET / size + " at this page size).");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        // The same rule as the API's list parameters, for every caller: a page's search box, a field's suggestions.
        for (Map.Entry<String, String> filter : new java.util.TreeMap<>(filters).entrySet()) {
            String problem = Text.problem(filter.getValue());
            if (problem != null) {
                throw new InvalidInputException(filter.getKey(), "The search text " + problem);
            }
            if (filter.getValue() != null && filter.getValue().length() > MAX_FILTER) {
                throw new InvalidInputException(filter.getKey(), "The search text must be at most " + MAX_FILTER
                        + " characters.");
            }
        }
    }

    /** Refuses a sort field the list does not offer, naming the ones it does. */
    public void requireSortIn(java.util.Collection<String> sortable) {
        if (sortField != null && !sortField.isBlank() && !sortable.contains(sortField)) {
            throw new InvalidInputException("sort", sortable.isEmpty() ? "This list has a fixed order and cannot be sorted."
                    : "This list can be sorted by " + String.join(", ", new java.util.TreeSet<>(sortable)) + ".");
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, true, Map.of());
    }

    public int offset() {
        return page * size;
    }

    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
