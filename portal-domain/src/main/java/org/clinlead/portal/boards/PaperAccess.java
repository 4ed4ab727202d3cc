package org.clinlead.portal.boards;

/**
 * What a person may have of a board paper — the one statement of the rule, used by the meeting page, the
 * paper page, its download, the pack and reviews alike.
 */
public enum PaperAccess {
    /** The paper and its PDF. */
    FULL,
    /** That the paper exists, not its content: a confidential paper and a member conflicted on its item. */
    WITHHELD,
    /** Nothing: to this person the paper does not exist. */
    NONE;

    /**
     * Secretaries and administrators ({@code overseer}) have every paper at once; nobody else before the pack
     * is published. After that the board's members have its papers, except that a confidential paper is
     * withheld from a member conflicted on its item (a conflict they have not been allowed to take part in);
     * medical directors who are not members have the papers that are not confidential.
     */
    public static PaperAccess of(boolean overseer, boolean published, boolean member, boolean conflicted,
            boolean medicalDirector, boolean confidential) {
        if (overseer) {
            return FULL;
        }
        if (!published) {
            return NONE;
        }
        if (member) {
            return confidential && conflicted ? WITHHELD : FULL;
        }
        return medicalDirector && !confidential ? FULL : NONE;
    }
}
