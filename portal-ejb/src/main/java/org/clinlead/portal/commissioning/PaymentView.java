package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment on account. */
public record PaymentView(int quarter, BigDecimal planPercent, BigDecimal amount, String recordedBy, Instant recordedAt) {

    static PaymentView of(PaymentOnAccount p) {
        return new PaymentView(p.getQuarter(), p.getPlanPercent(), p.getAmount(), p.getRecordedBy(), p.getRecordedAt());
    }
}
