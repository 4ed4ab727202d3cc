/**
 * The board boundaries, one per use case: {@link org.clinlead.portal.boards.BoardDirectory} (boards, members,
 * decisions), {@link org.clinlead.portal.boards.Agendas} (meetings, the meeting page, agenda items, proposals
 * from other capabilities), {@link org.clinlead.portal.boards.BoardPapers} (papers and their versions),
 * {@link org.clinlead.portal.boards.BoardPacks} (publication, the pack PDF),
 * {@link org.clinlead.portal.boards.PaperReviews} (reviews, papers to read),
 * {@link org.clinlead.portal.boards.MeetingRecords} (attendance, conflicts handled, item records),
 * {@link org.clinlead.portal.boards.BoardActions} and {@link org.clinlead.portal.boards.Minutes}. Access is by
 * role and by record: the region's board secretaries and administrators run every board; a board's members
 * (its senior clinical leads in post and the members its secretary adds) see its published papers,
 * confidential ones included, except a confidential item's papers when they are conflicted on it
 * ({@link org.clinlead.portal.boards.PaperAccess}).
 */
package org.clinlead.portal.boards;
