package org.clinlead.portal.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator may change on an account; enabling and disabling have their own actions. */
public record AccountChanges(
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{account.displayName.size}") String displayName,
        Long clinicianId,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {
}
