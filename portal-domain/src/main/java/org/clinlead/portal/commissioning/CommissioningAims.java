package org.clinlead.portal.commissioning;

import java.util.Collection;
import java.util.Set;

/** The strategy's aims a contract or an indicator serves: always C (clinical advice in commissioning), and any others named. */
final class CommissioningAims {

    private CommissioningAims() {
    }

    /** The aims named (gaps ignored), checked, with C added. */
    static Set<String> of(Collection<String> codes) {
        return org.clinlead.portal.shared.AimCodes.of(codes, "C");
    }
}
