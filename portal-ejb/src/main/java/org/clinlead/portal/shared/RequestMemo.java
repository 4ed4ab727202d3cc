package org.clinlead.portal.shared;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** What {@link PerRequest} has worked out in the current request, by key. */
@RequestScoped
class RequestMemo {

    private final Map<String, Object> answers = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T answer(String key, Supplier<T> work) {
        // Not computeIfAbsent: a piece of work may itself ask for another (the caller's clinician inside its boards).
        if (answers.containsKey(key)) {
            return (T) answers.get(key);
        }
        T answer = work.get();
        answers.put(key, answer);
        return answer;
    }
}
