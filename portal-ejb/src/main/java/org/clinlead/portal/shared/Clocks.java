package org.clinlead.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock boundaries use ({@code @Inject Clock clock}): the system clock in UK time, so "today" is the
 * region's today. A test or a drill can replace it with an alternative producer.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return UkTime.clock();
    }
}
