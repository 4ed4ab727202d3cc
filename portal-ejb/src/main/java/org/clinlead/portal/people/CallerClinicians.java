package org.clinlead.portal.people;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which clinician an account stands for, looked up once per request: a home page asks a dozen boundaries for the
 * caller's own records, and each asked the database again (issue 17). Only the clinician's id is kept, so every
 * boundary still reads the clinician itself within its own transaction.
 */
@RequestScoped
public class CallerClinicians {

    private final Map<String, Optional<Long>> ids = new HashMap<>();

    Optional<Long> idOf(String username, Function<String, Optional<Long>> lookUp) {
        Optional<Long> known = ids.get(username);
        if (known == null) {
            known = lookUp.apply(username);
            ids.put(username, known);
        }
        return known;
    }
}
