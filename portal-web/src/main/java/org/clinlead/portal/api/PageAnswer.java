package org.clinlead.portal.api;

import java.util.List;
import org.clinlead.portal.shared.Page;

/** A page of a list as the API answers it: {@code {"items": [...], "total": N, "page": p, "size": s}}. */
public record PageAnswer<T>(List<T> items, long total, int page, int size) {

    /** A list that is short by nature (the aims, a meeting's conflicts, the caller's own), answered whole as one page. */
    public static <T> PageAnswer<T> whole(List<T> items) {
        return new PageAnswer<>(items, items.size(), 0, items.size());
    }

    public static <T> PageAnswer<T> of(Page<T> page, ListParameters params) {
        return new PageAnswer<>(page.items(), page.total(), params.page(), params.size());
    }
}
