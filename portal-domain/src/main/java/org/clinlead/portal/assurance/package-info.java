/**
 * Clinical assurance of strategic plans and region-wide transformation programmes (aim D): the review of a plan, its
 * clinical panel (conflict-screened), the criteria each member rates red, amber or green, the chair's conclusion with
 * the assurance level, and the recommendations tracked to completion.
 */
package org.clinlead.portal.assurance;
