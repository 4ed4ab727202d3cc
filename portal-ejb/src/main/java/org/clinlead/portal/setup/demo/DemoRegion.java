package org.clinlead.portal.setup.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.InterestDetails;
import org.clinlead.portal.interests.InterestType;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Profession;
import org.clinlead.portal.people.RegistrationBody;
import org.clinlead.portal.people.Role;

/**
 * The fictional region of demo mode: the Northdale health region, its trusts, primary-care trusts, GP
 * practices and strategic health authority, and about sixty clinicians. Every name and number is
 * invented (registration numbers have the right shape and nothing more).
 */
public final class DemoRegion {

    /** The shared password of every demo account, documented in the README. */
    public static final String DEMO_PASSWORD = "Northdale-Demo-2026";

    public record DemoClinician(String givenName, String familyName, Profession profession, RegistrationBody body,
            String number, int organisationIndex) {
    }

    public record DemoAccount(String username, String displayName, Role role, Integer clinicianIndex) {
    }

    private DemoRegion() {
    }

    public static List<Organisation> organisations() {
        List<Organisation> list = new ArrayList<>();
        list.add(new Organisation("Northdale Strategic Health Authority", OrganisationType.STRATEGIC_HEALTH_AUTHORITY, "Q9Z"));
        String[] acute = {"Ashby Moor", "Brackenfield", "Calderwick", "Dunmore Bay", "Eastholme", "Fernley",
            "Greyhaven", "Hollinbrook"};
        for (int i = 0; i < acute.length; i++) {
            list.add(new Organisation(acute[i] + " Hospitals NHS Trust", OrganisationType.ACUTE_TRUST, "RZ" + (char) ('A' + i)));
        }
        list.add(new Organisation("Northdale Partnership NHS Foundation Trust", OrganisationType.MENTAL_HEALTH_TRUST, "RZM"));
        list.add(new Organisation("Kettleby and Langmoor Mental Health NHS Trust", OrganisationType.MENTAL_HEALTH_TRUST, "RZN"));
        list.add(new Organisation("Northdale Community Health Services NHS Trust", OrganisationType.COMMUNITY_TRUST, "RZP"));
        String[] pcts = {"Ashby Moor", "Calderwick", "Eastholme", "Greyhaven", "Kettleby", "Marsden Vale"};
        for (int i = 0; i < pcts.length; i++) {
            list.add(new Organisation(pcts[i] + " Primary Care Trust", OrganisationType.PRIMARY_CARE_TRUST, "5Z" + (i + 1)));
        }
        String[] practices = {"Abbey Lane Surgery", "Beck House Medical Practice", "Castle Street Health Centre",
            "Dale View Surgery", "Elm Tree Medical Centre", "Foundry Lane Practice", "Green Hill Surgery",
            "Harbour Road Medical Practice", "Ings Lane Surgery", "Jubilee Health Centre", "Kiln Croft Surgery",
            "Low Moor Medical Practice"};
        for (int i = 0; i < practices.length; i++) {
            list.add(new Organisation(practices[i], OrganisationType.GP_PRACTICE, String.format("Z%05d", i + 1)));
        }
        list.add(new Organisation("University of Northdale Medical School", OrganisationType.OTHER, "UNORTHD"));
        return list;
    }

    /** The demo commissioner's clinician works for a primary care trust (Greyhaven PCT), not a hospital. */
    private static final int COMMISSIONER_CLINICIAN = 6;

    public static List<DemoClinician> clinicians(int organisationCount) {
        String[] given = {"Amira", "Ben", "Carys", "Dev", "Elin", "Farid", "Grace", "Hamish", "Ines", "Jonah", "Kavya",
            "Lewis", "Maryam", "Niall", "Olwen", "Priya", "Quentin", "Rhiannon", "Sanjay", "Tamsin"};
        String[] family = {"Ashworth", "Brennan", "Chaudhry", "Dalby", "Ekwueme", "Fairclough", "Goodall", "Haworth",
            "Iqbal", "Jessop", "Kowalczyk", "Lindqvist", "Mensah", "Nuttall", "Okafor", "Pickersgill", "Quayle",
            "Rashid", "Stansfield", "Thackray"};
        Profession[] mix = {Profession.DOCTOR, Profession.DOCTOR, Profession.NURSE, Profession.DOCTOR, Profession.NURSE,
            Profession.MIDWIFE, Profession.DOCTOR, Profession.ALLIED_HEALTH_PROFESSIONAL, Profession.DOCTOR,
            Profession.PHARMACIST, Profession.NURSE, Profession.DOCTOR, Profession.DENTIST, Profession.DOCTOR,
            Profession.ALLIED_HEALTH_PROFESSIONAL};
        List<DemoClinician> list = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Profession profession = mix[i % mix.length];
            RegistrationBody body = profession.bodies().iterator().next();
            list.add(new DemoClinician(given[i % given.length], family[(i * 7 + i / given.length) % family.length],
                    profession, body, number(body, i), i == COMMISSIONER_CLINICIAN ? DemoCommissioning.GREYHAVEN_PCT
                    : 1 + (i % (organisationCount - 2))));
        }
        return list;
    }

    private static String number(RegistrationBody body, int i) {
        return switch (body) {
            case GMC -> String.valueOf(7_100_000 + i * 137);
            case NMC -> String.format("%02d%c%04d%c", 70 + i % 30, (char) ('A' + i % 26), 1000 + i * 31, (char) ('E' + i % 20));
            case HCPC -> (i % 2 == 0 ? "PH" : "OT") + (510_000 + i * 41);
            case GPHC -> String.valueOf(2_070_000 + i * 53);
            case GDC -> String.valueOf(80_000 + i * 29);
        };
    }

    /**
     * Declarations of the two demo decision makers: current interests, one ended three months ago (still
     * public), one ended eight months ago (no longer public) and one withheld.
     */
    public static List<Declaration> declarations(List<Clinician> clinicians, List<Organisation> organisations, LocalDate today,
            Instant now) {
        Clinician director = clinicians.get(0);
        Clinician member = clinicians.get(1);
        Organisation university = organisations.get(organisations.size() - 1);
        Organisation calderwick = organisations.get(3);
        List<Declaration> list = new ArrayList<>();
        list.add(Declaration.interest(director, new InterestDetails(InterestType.NON_FINANCIAL_PROFESSIONAL, university,
                null, null, "Honorary senior lecturer in clinical leadership", today.minusYears(3), null,
                "Declared; takes no part in decisions on education contracts with the university"), now));
        list.add(Declaration.interest(member, new InterestDetails(InterestType.FINANCIAL, null,
                "Calderwick Diagnostics Ltd", null, "Shareholding (under 5%) in a private diagnostics company",
                today.minusYears(2), null, "Declared; withdraws from any item on diagnostic services procurement"), now));
        list.add(Declaration.interest(member, new InterestDetails(InterestType.INDIRECT, calderwick, null,
                "Spouse (consultant radiologist)", "Spouse employed by the trust as a consultant radiologist",
                today.minusYears(4), null, "Declared; does not vote on the trust's radiology service changes"), now));
        list.add(Declaration.interest(member, new InterestDetails(InterestType.NON_FINANCIAL_PERSONAL, null,
                "Ashby Moor Hospice", null, "Trustee of a local hospice charity", today.minusYears(5),
                today.minusMonths(3), "Declared; stepped down as trustee"), now));
        list.add(Declaration.interest(director, new InterestDetails(InterestType.FINANCIAL, null, "Northdale Medical Advisory LLP",
                null, "Paid advisory work for a medico-legal practice", today.minusYears(6), today.minusMonths(8),
                "Declared; work ended"), now));
        Declaration withheld = Declaration.interest(director, new InterestDetails(InterestType.NON_FINANCIAL_PERSONAL, null,
                "A local refuge", null, "Volunteer at a local refuge", today.minusYears(1), null,
                "Declared; no related decisions expected"), now);
        withheld.withhold("The refuge's location must not be published (safety).");
        list.add(withheld);
        return list;
    }

    public static List<DemoAccount> accounts() {
        return List.of(
                new DemoAccount("admin", "Portal Administrator", Role.ADMIN, null),
                new DemoAccount("regional.md", null, Role.MEDICAL_DIRECTOR, 0),
                new DemoAccount("secretary", "Board Secretary (Northdale SHA)", Role.BOARD_SECRETARY, null),
                new DemoAccount("board.member", null, Role.BOARD_MEMBER, 1),
                new DemoAccount("programme.manager", null, Role.PROGRAMME_MANAGER, 2),
                new DemoAccount("mentor", null, Role.MENTOR, 3),
                new DemoAccount("aspiring.leader", null, Role.ASPIRING_LEADER, 4),
                new DemoAccount("commissioner", null, Role.COMMISSIONER, 6),
                new DemoAccount("provider", null, Role.PROVIDER, 10),
                // The acute care pathway's senior clinical lead (an NSR lead in post), who advises on CQUIN indicators.
                new DemoAccount("clinical.lead", null, Role.BOARD_MEMBER, 23),
                // The practice manager of Abbey Lane Surgery (a GP practice): sees their own practice's profile.
                new DemoAccount("practice.manager", null, Role.PROVIDER, 17),
                // An NSR lead at Brackenfield Hospitals who chairs a reconfiguration's clinical review panel.
                new DemoAccount("national.lead", null, Role.BOARD_MEMBER, DemoReconfigurations.CHAIR_CLINICIAN));
    }
}
