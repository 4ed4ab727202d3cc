package org.clinlead.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(PasswordPolicy.problems("Heron-Lantern-Quartz-42", "jo.bloggs")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFew() {
        assertThat(PasswordPolicy.problems("Kestrelmoo1", "jo")).containsExactly("The password must be at least 12 characters long.");
        assertThat(PasswordPolicy.isAcceptable("Kestrelmoor1", "jo")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Password2026!", "qwertyuiop12", "123456789012",
        "Welcome12345", "iloveyou1234", "Liverpool123"})
    void commonPasswordsAreRefusedWhateverTheCaseOrTheDigits(String common) {
        assertThat(PasswordPolicy.problems(common, "someone")).anyMatch(p -> p.contains("too common"));
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(PasswordPolicy.problems("my-name-is-jo.bloggs-ok", "jo.bloggs")).anyMatch(p -> p.contains("username"));
    }

    @Test
    void aRepeatedCharacterIsNotAPassword() {
        assertThat(PasswordPolicy.problems("zzzzzzzzzzzzzz", "jo")).anyMatch(p -> p.contains("different characters"));
    }

    @Test
    void theDemoPasswordPassesThePolicy() {
        assertThat(PasswordPolicy.problems("Northdale-Demo-2026", "regional.md")).isEmpty();
    }
}
