/**
 * Key operating targets (aim D): their definitions (18 weeks, MRSA, C. difficile, serious untoward incidents…), the
 * monthly figures per organisation, and each organisation × target read as an SPC chart with its assurance against
 * the standard — the exceptions the regional team asks clinical advice on or takes to a board.
 */
package org.clinlead.portal.targets;
