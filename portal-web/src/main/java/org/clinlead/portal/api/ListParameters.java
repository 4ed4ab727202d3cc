package org.clinlead.portal.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.PageRequest;

/**
 * Reads {@code ?page=0&size=20&sort=name&dir=asc} and the filters a list allows from the query string,
 * answering a 400 with field errors (not JAX-RS's 404) when a number is not a number.
 */
public record ListParameters(int page, int size, String sort, boolean ascending, Map<String, String> filters) {

    public static final int DEFAULT_SIZE = 20;

    public static ListParameters read(UriInfo uri, Set<String> allowedFilters) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<FieldError> errors = new ArrayList<>();
        int page = number(query.getFirst("page"), 0, "page", errors);
        int size = number(query.getFirst("size"), DEFAULT_SIZE, "size", errors);
        String dir = query.getFirst("dir");
        if (dir != null && !dir.equalsIgnoreCase("asc") && !dir.equalsIgnoreCase("desc")) {
            errors.add(new FieldError("dir", "The sort direction is asc or desc."));
        }
        Map<String, String> filters = new HashMap<>();
        for (String name : allowedFilters) {
            String value = query.getFirst(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        }
        for (String name : new java.util.TreeSet<>(query.keySet())) {
            String problem = org.clinlead.portal.shared.Text.problem(query.getFirst(name));
            if (problem != null) {
                errors.add(new FieldError(name, "The value " + problem));
            } else if (query.getFirst(name) != null && query.getFirst(name).length() > 200) {
                errors.add(new FieldError(name, "The value must be at most 200 characters."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ListParameters(page, size, query.getFirst("sort"), !"desc".equalsIgnoreCase(dir), filters);
    }

    public PageRequest toRequest() {
        return new PageRequest(page, size, sort, ascending, filters);
    }

    private static int number(String value, int fallback, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "The " + field + " must be a whole number."));
            return fallback;
        }
    }
}
