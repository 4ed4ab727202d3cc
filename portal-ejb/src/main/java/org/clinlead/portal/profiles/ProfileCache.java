package org.clinlead.portal.profiles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures that change only when values are imported or practices change (pooled values, funnels, the practices of an
 * area), kept per generation of the data: the key carries the generation ({@link ProfileReads#generation}), and a new
 * generation empties the cache. At most {@link #MAX_ENTRIES}, the least recently used going first (a funnel over 7,000
 * practices holds about half a megabyte, so at most 64 MB; the warm-up keeps three entries per indicator — periods,
 * funnel, outliers over time — for a national catalogue of 30). Every node keeps its own, so nothing is stale across a cluster. Two callers
 * asking for the same missing figure at once may both work it out; the second answer replaces the first.
 */
@ApplicationScoped
public class ProfileCache {

    static final int MAX_ENTRIES = 128;

    private final Map<String, Object> entries = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private String generation = "";

    @SuppressWarnings("unchecked")
    <T> T get(String generation, String key, Supplier<T> compute) {
        synchronized (entries) {
            if (!generation.equals(this.generation)) {
                entries.clear();
                this.generation = generation;
            }
            Object hit = entries.get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        T value = compute.get();
        synchronized (entries) {
            if (generation.equals(this.generation)) {
                entries.put(key, value);
            }
        }
        return value;
    }
}
