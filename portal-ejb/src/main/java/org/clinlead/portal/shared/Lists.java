package org.clinlead.portal.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Paged, sorted, filtered lists done in the database: one query for the page, one for the count. The
 * caller names the fields a list may be sorted by and how each filter becomes a predicate, so request
 * parameters never reach JPQL as text.
 */
public final class Lists<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final Map<String, Function<Root<T>, Path<?>>> sortable;
    private final Map<String, BiFunction<CriteriaBuilder, Root<T>, Function<String, Predicate>>> filters;
    private final String defaultSort;
    private final boolean defaultAscending;
    private java.util.function.Consumer<Root<T>> fetches = root -> { };
    private Scope<T> scope = (cb, query, root) -> null;

    /** The rows a list may show, as a condition that may need a subquery of the list's own query. */
    @FunctionalInterface
    public interface Scope<T> {
        Predicate apply(CriteriaBuilder cb, jakarta.persistence.criteria.AbstractQuery<?> query, Root<T> root);
    }

    public Lists(EntityManager em, Class<T> type, Map<String, Function<Root<T>, Path<?>>> sortable,
            Map<String, BiFunction<CriteriaBuilder, Root<T>, Function<String, Predicate>>> filters,
            String defaultSort, boolean defaultAscending) {
        this.em = em;
        this.type = type;
        this.sortable = sortable;
        this.filters = filters;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
    }

    /** Joins to fetch with the page query (for example a clinician's organisation), so rows need no extra queries. */
    public Lists<T> fetching(java.util.function.Consumer<Root<T>> fetch) {
        this.fetches = fetch;
        return this;
    }

    /** The rows the list is about whatever the filters say (for example one board's meetings). */
    public Lists<T> within(BiFunction<CriteriaBuilder, Root<T>, Predicate> scope) {
        this.scope = (cb, query, root) -> scope.apply(cb, root);
        return this;
    }

    /** As {@link #within(BiFunction)}, for a condition with a subquery (who may see a row, for instance). */
    public Lists<T> within(Scope<T> scope) {
        this.scope = scope;
        return this;
    }

    public Page<T> page(PageRequest request) {
        request.requireSortIn(sortable.keySet());
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        fetches.accept(root);
        query.select(root).where(predicates(cb, query, root, request));
        String sort = request.sortField() != null && sortable.containsKey(request.sortField()) ? request.sortField() : defaultSort;
        boolean ascending = request.sortField() != null && sortable.containsKey(request.sortField()) ? request.ascending() : defaultAscending;
        Path<?> sortPath = sortable.get(sort).apply(root);
        // The id breaks ties, so pages never overlap; read from the model (minutes are keyed by their meeting).
        String id = root.getModel().getSingularAttributes().stream().filter(SingularAttribute::isId).findFirst()
                .map(SingularAttribute::getName).orElse("id");
        Path<?> idPath = root.get(id);
        query.orderBy(ascending ? cb.asc(sortPath) : cb.desc(sortPath), ascending ? cb.asc(idPath) : cb.desc(idPath));
        TypedQuery<T> typed = em.createQuery(query).setFirstResult(request.offset()).setMaxResults(request.size());
        List<T> items = typed.getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(predicates(cb, count, countRoot, request));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(items, total);
    }

    private Predicate[] predicates(CriteriaBuilder cb, jakarta.persistence.criteria.AbstractQuery<?> query, Root<T> root,
            PageRequest request) {
        List<Predicate> predicates = new ArrayList<>();
        Predicate fixed = scope.apply(cb, query, root);
        if (fixed != null) {
            predicates.add(fixed);
        }
        filters.forEach((name, factory) -> {
            String value = request.filter(name);
            if (value != null) {
                predicates.add(factory.apply(cb, root).apply(value));
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    /** A case-insensitive "contains" filter on a text column. */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> column, String value) {
        return cb.like(cb.lower(column), containsPattern(value), '\\');
    }

    /** The LIKE pattern (escape character '\\') for a lower-cased column holding this text, taken as text. */
    public static String containsPattern(String value) {
        return "%" + value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
