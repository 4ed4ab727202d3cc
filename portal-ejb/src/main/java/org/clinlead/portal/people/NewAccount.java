package org.clinlead.portal.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator types to open an account; the password policy is checked on top. */
public record NewAccount(
        @NotBlank(message = "{account.username.required}")
        @Size(max = UserAccount.USERNAME_MAX, message = "{account.username.size}") String username,
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{account.displayName.size}") String displayName,
        @NotBlank(message = "{account.password.required}") String password,
        Long clinicianId,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {
}
