package org.clinlead.portal.audit;

/**
 * Walks the audit log in order and reports the first entry that does not fit: its number is not the
 * next one (an entry was removed), its previous-hash is not the hash of the entry before (one was
 * removed or reordered), or its stored hash is not the hash of its content (it was edited).
 */
public final class ChainVerifier {

    private long expectedId = 1;
    private String expectedPrevious = AuditChain.GENESIS;
    private long checked;
    private Long firstBroken;

    /** @return false once the chain is broken; later entries are not checked */
    public boolean accept(AuditEntry entry) {
        if (firstBroken != null) {
            return false;
        }
        boolean fits = entry.getId() == expectedId
                && entry.getPreviousHash().equals(expectedPrevious)
                && entry.getHash().equals(AuditChain.hashOf(entry));
        checked++;
        if (!fits) {
            firstBroken = entry.getId();
            return false;
        }
        expectedId = entry.getId() + 1;
        expectedPrevious = entry.getHash();
        return true;
    }

    /**
     * Checks that the walk ended where the head says the log ends, so that removing the last entries is
     * detected too.
     */
    public void endAt(AuditHead head) {
        if (firstBroken == null && (head.getLastId() != expectedId - 1 || !head.getLastHash().equals(expectedPrevious))) {
            firstBroken = expectedId - 1 == head.getLastId() ? head.getLastId() : expectedId;
        }
    }

    public boolean valid() {
        return firstBroken == null;
    }

    public long checked() {
        return checked;
    }

    public Long firstBroken() {
        return firstBroken;
    }
}
