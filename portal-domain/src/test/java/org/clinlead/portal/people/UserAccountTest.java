package org.clinlead.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private UserAccount account() {
        return new UserAccount("Jo.Bloggs", "Jo Bloggs", "hash", null, Set.of(Role.MENTOR));
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheAccountForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedSignIn(now, LockoutPolicy.STANDARD)).isFalse();
        }
        assertThat(account.isLockedAt(now)).isFalse();
        assertThat(account.recordFailedSignIn(now, LockoutPolicy.STANDARD)).isTrue();
        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        UserAccount account = account();
        account.recordFailedSignIn(now, LockoutPolicy.STANDARD);
        account.recordFailedSignIn(now, LockoutPolicy.STANDARD);
        account.recordSuccessfulSignIn(now);
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLastSignIn()).isEqualTo(now);
    }

    @Test
    void anExpiredLockStartsTheCountAgain() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(now, LockoutPolicy.STANDARD);
        }
        Instant later = now.plus(Duration.ofHours(1));
        assertThat(account.recordFailedSignIn(later, LockoutPolicy.STANDARD)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void usernamesAreLowerCaseAndAnAccountNeedsARole() {
        assertThat(account().getUsername()).isEqualTo("jo.bloggs");
        assertThatThrownBy(() -> new UserAccount("jo", "Jo", "hash", null, Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactlyInAnyOrder("username", "roles"));
    }

    @Test
    void roleConstantsMatchTheRoles() {
        Set<String> constants = Arrays.stream(Roles.class.getFields()).map(f -> {
            try {
                return (String) f.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
        assertThat(constants).isEqualTo(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet()));
    }
}
