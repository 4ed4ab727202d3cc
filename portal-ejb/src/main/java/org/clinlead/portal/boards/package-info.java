/**
 * The board boundaries: {@link org.clinlead.portal.boards.Boards} (boards, members, meetings, agendas,
 * papers, publication, reviews, the inbox), {@link org.clinlead.portal.boards.MeetingRecords} (attendance,
 * conflicts and their handling, decisions, actions, minutes). Access is by role and by record: the
 * region's board secretaries and administrators run every board; a board's members (its senior clinical
 * leads in post and the members its secretary adds) see its published papers, confidential ones included,
 * except a confidential item's papers when they are conflicted on it.
 */
package org.clinlead.portal.boards;
