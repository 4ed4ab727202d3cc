package org.clinlead.portal.commissioning;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.shared.Check;

/** The strategy's aims a contract or an indicator serves: always C (clinical advice in commissioning), and any others named. */
final class CommissioningAims {

    private static final Set<String> KNOWN = Set.of("A", "B", "C", "D", "E");

    private CommissioningAims() {
    }

    /** The aims named (gaps ignored), checked, with C added. */
    static Set<String> of(Collection<String> codes) {
        Set<String> wanted = new TreeSet<>();
        if (codes != null) {
            codes.stream().filter(Objects::nonNull).forEach(wanted::add);
        }
        new Check().require(KNOWN.containsAll(wanted), "aims", "The strategy's aims are A to E.").orThrow();
        wanted.add("C");
        return wanted;
    }
}
