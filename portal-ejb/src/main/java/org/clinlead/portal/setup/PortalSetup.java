package org.clinlead.portal.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.PasswordPolicy;
import org.clinlead.portal.people.Passwords;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.setup.demo.DemoBoards;
import org.clinlead.portal.setup.demo.DemoCohorts;
import org.clinlead.portal.setup.demo.DemoCommissioning;
import org.clinlead.portal.setup.demo.DemoCoverage;
import org.clinlead.portal.setup.demo.DemoAssurance;
import org.clinlead.portal.setup.demo.DemoTargets;
import org.clinlead.portal.setup.demo.DemoProfiles;
import org.clinlead.portal.setup.demo.DemoReconfigurations;
import org.clinlead.portal.setup.demo.DemoHistory;
import org.clinlead.portal.setup.demo.DemoProjects;
import org.clinlead.portal.setup.demo.DemoRecruitment;
import org.clinlead.portal.setup.demo.DemoRegion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once at start, after the migrations. In demo mode (the default) it seeds the fictional region
 * into an empty database and announces itself loudly. In production mode it seeds nothing; on the
 * first start it creates the administrator from {@code PORTAL_ADMIN_PASSWORD}, and it refuses to start
 * — the process exits — when that password is missing or too weak.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class PortalSetup {

    private static final Logger LOG = Logger.getLogger(PortalSetup.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private org.clinlead.portal.boards.PaperStore paperStore;

    @Inject
    private org.clinlead.portal.shared.ContentStore contentStore;

    @Inject
    private Passwords passwords;

    @Inject
    private org.clinlead.portal.shared.ScheduledWork scheduledWork;

    @Inject
    private AuditRecorder audit;

    @Inject
    @ConfigProperty(name = "portal.demo.history", defaultValue = "false")
    private boolean demoHistory;

    @Inject
    @ConfigProperty(name = "portal.mode", defaultValue = "demo")
    private String configuredMode;

    @Inject
    @ConfigProperty(name = "portal.admin.username", defaultValue = "admin")
    private String adminUsername;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    private Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "portal.exit-on-refused-start", defaultValue = "true")
    private boolean exitOnRefusedStart;

    private PortalMode mode;

    @PostConstruct
    void start() {
        try {
            mode = PortalMode.parse(configuredMode);
            if (mode == PortalMode.DEMO) {
                LOG.warning("*** DEMO MODE: this portal holds a fictional region, not live records. "
                        + "Set PORTAL_MODE=production for real use. ***");
                seedDemoRegionIfEmpty();
            } else {
                createFirstAdministratorIfNone();
            }
            scheduledWork.open();
        } catch (RuntimeException e) {
            refuseToStart(e);
            throw e;
        }
    }

    /**
     * The mode the portal runs in, for the banner every page shows in demo mode. A read lock and no transaction: with
     * the singleton's default (a write lock, a transaction) every page queued here one at a time, and sixteen people
     * at once waited on whoever held it (issue 17).
     */
    @PermitAll
    @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public PortalMode mode() {
        return mode;
    }

    /**
     * Nodes starting together on an empty database (the migrations are already serialised by Flyway's lock) queue
     * here on the audit chain's head row, held until this start's transaction commits: the first seeds, the others
     * then find the data there.
     */
    private void waitForOtherStarts() {
        em.find(org.clinlead.portal.audit.AuditHead.class, org.clinlead.portal.audit.AuditHead.SINGLETON_ID,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private void seedDemoRegionIfEmpty() {
        waitForOtherStarts();
        long existing = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
        if (existing > 0) {
            LOG.info("Demo data already present; nothing seeded.");
            return;
        }
        List<Organisation> organisations = DemoRegion.organisations();
        organisations.forEach(em::persist);
        List<Clinician> clinicians = new ArrayList<>();
        for (DemoRegion.DemoClinician c : DemoRegion.clinicians(organisations.size())) {
            Organisation organisation = organisations.get(c.organisationIndex());
            String email = (c.givenName() + "." + c.familyName() + "@" + organisation.getNationalCode() + ".nhs.example")
                    .toLowerCase(java.util.Locale.ROOT);
            Clinician clinician = new Clinician(c.givenName(), c.familyName(), c.profession(), c.body(), c.number(),
                    organisation, email);
            em.persist(clinician);
            clinicians.add(clinician);
        }
        // Every demo account has the one published demo password: it is hashed once (PBKDF2 at full strength takes a
        // quarter of a second a time; a dozen of them were half of every demo start), checked against each username.
        List<DemoRegion.DemoAccount> accounts = DemoRegion.accounts();
        String demoHash = passwords.hashShared(DemoRegion.DEMO_PASSWORD,
                accounts.stream().map(DemoRegion.DemoAccount::username).toList(), "password");
        for (DemoRegion.DemoAccount a : accounts) {
            Clinician clinician = a.clinicianIndex() == null ? null : clinicians.get(a.clinicianIndex());
            String displayName = a.displayName() != null ? a.displayName() : clinician.getDisplayName();
            em.persist(new UserAccount(a.username(), displayName, demoHash, clinician, Set.of(a.role())));
            // Every demo person has a checked address, so the outbox shows what each action would e-mail; the board
            // member has chosen one e-mail a day.
            org.clinlead.portal.mail.MailPreference mail = new org.clinlead.portal.mail.MailPreference(a.username());
            mail.useCheckedAddress(clinician != null ? clinician.getEmail() : a.username() + "@northdale.nhs.example", Instant.now());
            if ("board.member".equals(a.username())) {
                mail.choose(org.clinlead.portal.mail.Delivery.DIGEST, 8);
            }
            em.persist(mail);
        }
        DemoRegion.declarations(clinicians, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE), Instant.now())
                .forEach(em::persist);
        em.flush();
        DemoRecruitment.seed(em, clinicians, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE), Instant.now());
        DemoBoards.seed(em, paperStore, clinicians, organisations, Instant.now());
        DemoProjects.seed(em, clinicians, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE), Instant.now());
        DemoCohorts.seed(em, clinicians, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE), Instant.now());
        em.flush();
        DemoCommissioning.seed(em, contentStore, clinicians, organisations,
                LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE), Instant.now());
        em.flush();
        DemoProfiles.seed(em, clinicians, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE), Instant.now());
        DemoReconfigurations.seed(em, clinicians, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE));
        DemoAssurance.seed(em, contentStore, clinicians, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE));
        DemoTargets.seed(em, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE), Instant.now());
        DemoCoverage.seed(em, organisations, LocalDate.now(org.clinlead.portal.shared.UkTime.ZONE));
        if (demoHistory) {
            em.flush();
            int papers = DemoHistory.seed(em, paperStore, clinicians, Instant.now());
            LOG.info(() -> "Board history seeded: " + papers + " papers");
        }
        audit.recordAs("system", AuditAction.SYSTEM_STARTED, null, null, "Demo region seeded: " + organisations.size()
                + " organisations, " + clinicians.size() + " clinicians, " + DemoRegion.accounts().size() + " accounts");
        LOG.info(() -> "Demo region seeded: " + organisations.size() + " organisations, " + clinicians.size()
                + " clinicians, " + DemoRegion.accounts().size() + " demo accounts");
    }

    private void createFirstAdministratorIfNone() {
        waitForOtherStarts();
        long accounts = em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
        if (accounts > 0) {
            LOG.info("Production mode: accounts exist; no first administrator created.");
            return;
        }
        String password = adminPassword.orElse("");
        if (password.isBlank()) {
            throw new IllegalStateException("Production mode needs PORTAL_ADMIN_PASSWORD for the first administrator.");
        }
        List<String> problems = PasswordPolicy.problems(password, adminUsername);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is too weak: " + String.join(" ", problems));
        }
        UserAccount admin = new UserAccount(adminUsername, "Portal Administrator",
                passwords.hashNew(password, adminUsername, "password"), null, Set.of(Role.ADMIN));
        em.persist(admin);
        em.flush();
        audit.recordAs("system", AuditAction.CREATED, "user account", admin.getId(),
                "First administrator " + adminUsername + " created at first start in production mode");
        LOG.info(() -> "Production mode: first administrator '" + adminUsername + "' created.");
    }

    private void refuseToStart(RuntimeException e) {
        LOG.log(Level.SEVERE, "*** THE PORTAL REFUSES TO START: " + e.getMessage() + " ***");
        if (exitOnRefusedStart) {
            // A failed deployment would leave Payara Micro answering 404; stop the process instead.
            Thread exit = new Thread(() -> System.exit(3), "portal-refused-start");
            exit.setDaemon(true);
            exit.start();
        }
    }
}
