/**
 * Pathway Delivery Boards: boards and their members, meetings and ordered agendas, papers and their
 * versions, read receipts and reviews, conflict flags from the register of interests and how each was
 * handled, quorum per item, attendance, decisions, actions and minutes.
 */
package org.clinlead.portal.boards;
