package org.clinlead.portal.shared;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Facts about the caller worked out once per request rather than once per boundary called: a home page asks a dozen
 * boundaries for the caller's own records, and each asked the database again for who the caller is, which boards they
 * sit on and which seats they hold (issue 17). Only plain values are kept (ids, codes) — never entities, which belong
 * to one transaction — and only facts a page's own reads do not change. Outside a request (a call with no request
 * context) the work is simply done each time.
 */
@Dependent
public class PerRequest {

    @Inject
    private RequestMemo memo;

    /** The answer to {@code key} in this request: {@code work}'s result, worked out the first time it is asked. */
    public <T> T once(String key, Supplier<T> work) {
        try {
            return memo.answer(key, work);
        } catch (ContextNotActiveException noRequest) {
            return work.get();
        }
    }
}
