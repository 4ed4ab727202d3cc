package org.clinlead.portal.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.clinlead.portal.testing.Api.Answer;

/** Many calls at once, as a script with several threads makes them: the statuses counted. */
public final class Parallel {

    private Parallel() {
    }

    /** Runs {@code calls} calls on {@code threads} threads, released together, and counts the statuses. */
    public static Map<Integer, Integer> run(int threads, int calls, Supplier<Answer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    statuses.merge(call.get().status(), 1, Integer::sum);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return Map.copyOf(statuses);
    }
}
