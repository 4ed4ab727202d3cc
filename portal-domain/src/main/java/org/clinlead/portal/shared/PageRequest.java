package org.clinlead.portal.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list: which page, how big, sorted by which field, filtered by which values. Sort and
 * filter fields are names the boundary whitelists; anything else is ignored.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending, Map<String, String> filters)
        implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "The page number cannot be negative.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "The page size must be between 1 and " + MAX_SIZE + ".");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
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
