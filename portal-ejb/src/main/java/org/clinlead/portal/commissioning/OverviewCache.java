package org.clinlead.portal.commissioning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The region view as last worked out, per year, day and scope of caller, kept while nothing has been written:
 * every change to a contract is audited, so the audit log's last entry ({@code mark}) tells whether anything
 * may have changed since — on any node of a cluster, as it is read from the database. A new mark works the
 * view out again from the tables. At most a few hundred views are kept.
 */
@ApplicationScoped
public class OverviewCache {

    private static final int MAX_ENTRIES = 500;

    private record Entry(long mark, Overview overview) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Overview get(String key, long mark, Supplier<Overview> workOut) {
        Entry entry = entries.get(key);
        if (entry != null && entry.mark() == mark) {
            return entry.overview();
        }
        Overview overview = workOut.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(mark, overview));
        return overview;
    }
}
