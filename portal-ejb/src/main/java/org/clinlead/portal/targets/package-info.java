/**
 * Key operating targets (aim D): the targets and their standards, monthly figures per organisation imported from
 * CSV, each organisation's series read by the portal's SPC engine against its standard, and the exceptions list from
 * which the regional team asks for clinical advice or puts an item on a board's agenda.
 */
package org.clinlead.portal.targets;
