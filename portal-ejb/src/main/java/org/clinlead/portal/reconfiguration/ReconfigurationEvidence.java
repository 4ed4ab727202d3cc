package org.clinlead.portal.reconfiguration;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.ContentStore;
import org.clinlead.portal.shared.EvidenceContent;
import org.clinlead.portal.shared.EvidenceFile;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.StaleRecordException;

/**
 * A proposal's evidence checklist: the sponsor's evidence for each item (text and documents, checked by opening
 * them), documents read by whoever may see the proposal, and items added to the default set by the regional team or
 * the panel's chair. Judging the evidence is {@link ClinicalReviews#judge}.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ReconfigurationEvidence {

    static final String DOCUMENT = "evidence document";

    /** Where evidence files are kept by content (shared with the CQUIN returns' and the advice's evidence). */
    private static final String EVIDENCE_FOLDER = "evidence";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ReconfigurationAccess access;

    @Inject
    private ReconfigurationViews views;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private ContentStore store;

    /** An item added to the checklist: the regional team or the panel's chair, until the recommendation. */
    public ReconfigurationView addItem(long id, String criterion, long version) {
        Reconfiguration r = access.visible(id);
        boolean chair = caller.clinician().flatMap(r::member).map(ReviewPanelMember::isChair).orElse(false);
        if (!chair && !access.runsReviews()) {
            throw new AccessRefusedException("The panel's chair, a medical director or an administrator adds to the checklist.");
        }
        Persistence.checkVersion(ReconfigurationAccess.PROPOSAL, version, r.getVersion());
        EvidenceItem item = r.addItem(criterion, Instant.now(clock));
        Persistence.flush(em, ReconfigurationAccess.PROPOSAL, () -> new StaleRecordException(ReconfigurationAccess.PROPOSAL));
        audit.record(AuditAction.CREATED, ClinicalReviews.ITEM, item.getId(), "Checklist item \"" + item.getCriterion()
                + "\" added to proposal " + r.getId() + " by " + access.displayName());
        return views.view(r);
    }

    /** The sponsor's evidence for one item, in words (the item's version as shown); changing it clears a judgement. */
    public ReconfigurationView submitEvidence(long id, Long itemId, String evidence, long itemVersion) {
        Reconfiguration r = access.asSponsor(id, "submit the evidence");
        EvidenceItem item = ClinicalReviews.item(r, itemId);
        Persistence.checkVersion(ClinicalReviews.ITEM, itemVersion, item.getVersion());
        boolean wasJudged = item.isJudged();
        r.submitEvidence(item, evidence, Instant.now(clock));
        Persistence.flush(em, ClinicalReviews.ITEM, () -> new StaleRecordException(ClinicalReviews.ITEM));
        audit.record(AuditAction.UPDATED, ClinicalReviews.ITEM, item.getId(), "Evidence for \"" + item.getCriterion()
                + "\" of proposal " + r.getId() + " submitted by " + access.displayName() + (wasJudged ? " (judgement cleared)" : ""));
        if (r.getStage() == Stage.CLINICAL_REVIEW) {
            views.notify(views.panelAccounts(r), "New evidence: " + r.getTitle(), access.displayName() + " submitted evidence "
                    + "for \"" + item.getCriterion() + "\"" + (wasJudged ? "; its judgement is to be made again." : "."), r,
                    "evidence:" + item.getId() + ":" + item.getVersion());
        }
        return views.view(r);
    }

    /** A document of evidence for one item (PDF, XLSX or CSV, checked by opening it). */
    public ReconfigurationView.DocumentView addDocument(long id, Long itemId, EvidenceUpload upload) {
        Reconfiguration r = access.asSponsor(id, "submit the evidence");
        EvidenceItem item = ClinicalReviews.item(r, itemId);
        EvidenceFile.Checked file = EvidenceFile.check(upload);
        String sha = store.store(EVIDENCE_FOLDER, file.kind(), file.content());
        EvidenceDocument d = new EvidenceDocument(item, file.fileName(), file.kind(), file.content().length, sha,
                access.displayName(), Instant.now(clock));
        em.persist(d);
        em.flush();
        audit.record(AuditAction.CREATED, DOCUMENT, d.getId(), "Document " + file.fileName() + " (" + file.kind() + ", "
                + file.content().length + " bytes, sha-256 " + sha + ") for \"" + item.getCriterion() + "\" of proposal " + r.getId());
        return new ReconfigurationView.DocumentView(d.getId(), d.getFileName(), d.getKind(), d.getSizeBytes(), d.getUploadedBy(),
                d.getUploadedAt());
    }

    /** A document's content, for whoever may see the proposal (never the public). */
    public EvidenceContent document(long id, long documentId) {
        Reconfiguration r = access.visible(id);
        EvidenceDocument d = em.find(EvidenceDocument.class, documentId);
        if (d == null || !d.getItem().getReconfiguration().getId().equals(r.getId())) {
            throw new RecordNotFoundException(DOCUMENT, documentId);
        }
        return new EvidenceContent(store.file(EVIDENCE_FOLDER, d.getKind(), d.getSha256()), d.getFileName(),
                EvidenceFile.mediaType(d.getKind()), d.getSizeBytes());
    }
}
