package org.clinlead.portal.profiles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures that change only when values are imported or practices change (pooled values, funnels), kept per
 * generation of the data: the key carries the generation ({@link ProfileReads#generation}), and a new generation
 * empties the cache. Every node computes its own, so nothing is stale across a cluster.
 */
@ApplicationScoped
public class ProfileCache {

    private static final int MAX_ENTRIES = 2_000;

    private final Map<String, Object> entries = new ConcurrentHashMap<>();
    private volatile String generation = "";

    @SuppressWarnings("unchecked")
    <T> T get(String generation, String key, Supplier<T> compute) {
        if (!generation.equals(this.generation)) {
            synchronized (this) {
                if (!generation.equals(this.generation)) {
                    entries.clear();
                    this.generation = generation;
                }
            }
        }
        Object hit = entries.get(key);
        if (hit != null) {
            return (T) hit;
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (generation.equals(this.generation)) {
            entries.put(key, value);
        }
        return value;
    }
}
