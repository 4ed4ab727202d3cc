package org.clinlead.portal.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.Check;

/**
 * A clinician of the region. Their professional registration must come from a body that registers
 * their profession (a nurse is on the NMC register, not the GMC's) and is unique in the portal.
 */
@Entity
@Table(name = "clinician")
public class Clinician {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "given_name", nullable = false, length = NAME_MAX)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = NAME_MAX)
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Profession profession;

    @Embedded
    private ProfessionalRegistration registration;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    protected Clinician() {
    }

    public Clinician(String givenName, String familyName, Profession profession, RegistrationBody body,
            String registrationNumber, Organisation organisation, String email) {
        describe(givenName, familyName, profession, body, registrationNumber, organisation, email);
    }

    /** Whether the (stripped, lower-case) text has the shape of an e-mail address. */
    public static boolean isEmailAddress(String text) {
        return EMAIL.matcher(text).matches();
    }

    public final void describe(String givenName, String familyName, Profession profession, RegistrationBody body,
            String registrationNumber, Organisation organisation, String email) {
        String cleanEmail = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        Check check = new Check()
                .text(givenName, "givenName", "The given name", NAME_MAX)
                .text(familyName, "familyName", "The family name", NAME_MAX)
                .require(profession != null, "profession", "Choose the clinician's profession.")
                .require(organisation != null, "organisationId", "Choose the clinician's organisation.")
                .text(cleanEmail, "email", "The email address", EMAIL_MAX);
        if (cleanEmail != null && !cleanEmail.isEmpty() && !isEmailAddress(cleanEmail)) {
            check.add(new org.clinlead.portal.shared.FieldError("email", "Enter an email address like name@nhs.net."));
        }
        ProfessionalRegistration.problem(body, registrationNumber).ifPresent(check::add);
        if (profession != null && body != null && !profession.registeredBy(body)) {
            check.add(new org.clinlead.portal.shared.FieldError("registrationBody",
                    "A " + profession.label().toLowerCase(Locale.ROOT) + " is registered with the "
                    + profession.bodies().stream().map(Enum::name).sorted().reduce((a, b) -> a + " or " + b).orElse("")
                    + ", not the " + body.name() + "."));
        }
        check.orThrow();
        this.givenName = givenName.strip();
        this.familyName = familyName.strip();
        this.profession = profession;
        this.registration = ProfessionalRegistration.of(body, registrationNumber);
        this.organisation = organisation;
        this.email = cleanEmail;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getDisplayName() {
        return givenName + " " + familyName;
    }

    public Profession getProfession() {
        return profession;
    }

    public ProfessionalRegistration getRegistration() {
        return registration;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public String toString() {
        return getDisplayName() + " (" + registration + ")";
    }
}
