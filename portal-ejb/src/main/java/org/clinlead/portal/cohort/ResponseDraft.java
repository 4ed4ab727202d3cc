package org.clinlead.portal.cohort;

import java.math.BigDecimal;

/** An alumnus's follow-up answer. */
public record ResponseDraft(String presentRole, String leadershipRoles, Boolean inRegion, Sustained projectsSustained,
        Integer furtherProjects, Integer patientsAffected, Integer hoursSaved, BigDecimal moneySaved) {
}
