package org.clinlead.portal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * Hashing and checking passwords with Jakarta Security's PBKDF2: HMAC-SHA512, 210,000 iterations and a
 * 32-byte salt (OWASP's 2023 advice for PBKDF2-SHA512), after the portal's {@link PasswordPolicy}. The
 * iteration count is stored in each hash, so it can be raised later without breaking old ones.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    private String decoy;

    @jakarta.annotation.PostConstruct
    void configure() {
        pbkdf2.initialize(java.util.Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    /** Hashes a new password, refusing one the policy does not accept. */
    public String hashNew(String password, String username, String field) {
        return hashShared(password, java.util.Collections.singletonList(username), field); // username may still be unchecked here
    }

    /** One hash of a password several accounts share (the demo region's), checked against each of their usernames. */
    public String hashShared(String password, List<String> usernames, String field) {
        for (String username : usernames) {
            List<String> problems = PasswordPolicy.problems(password, username);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.stream().map(p -> new FieldError(field, p)).toList());
            }
        }
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends as long as a real check, so that response times do not reveal which usernames exist. */
    public void checkAgainstDecoy(String password) {
        if (decoy == null) {
            decoy = pbkdf2.generate("decoy-password-never-valid".toCharArray());
        }
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }
}
