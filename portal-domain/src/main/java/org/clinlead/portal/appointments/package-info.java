/**
 * Senior clinical lead appointments (aim A): programmes and lead seats under a regional cap, vacancies
 * with scored criteria, applications, panels and their scores, conflict flags with the statements that
 * manage them, the medical director's decision, and appointments with their terms.
 */
package org.clinlead.portal.appointments;
