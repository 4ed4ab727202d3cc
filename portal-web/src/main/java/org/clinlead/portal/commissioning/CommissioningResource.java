package org.clinlead.portal.commissioning;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The region view of a year's CQUIN schemes. */
@Path("commissioning")
@Produces(MediaType.APPLICATION_JSON)
public class CommissioningResource {

    @Inject
    private CommissioningOverview overview;

    @Inject
    private ReturnReminders reminders;

    /** Sends the return reminders due now (they also go every hour): five working days before a deadline, and after it. */
    @jakarta.ws.rs.POST
    @Path("reminders")
    public java.util.Map<String, Integer> remind() {
        return java.util.Map.of("sent", reminders.sendNow());
    }

    /** {@code year}: 2026 for 2026/27; the current financial year when absent. */
    @GET
    @Path("overview")
    public Overview overview(@QueryParam("year") String year) {
        if (year == null || year.isBlank()) {
            return overview.overview(null);
        }
        try {
            return overview.overview(Integer.valueOf(year.strip()));
        } catch (NumberFormatException e) {
            throw new org.clinlead.portal.shared.InvalidInputException("year", "Give the financial year by the year it "
                    + "starts in (2026 for 2026/27).");
        }
    }
}
