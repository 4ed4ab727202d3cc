/**
 * The change project boundaries, one per use case: {@link org.clinlead.portal.projects.ChangeProjects} (the
 * project and its stage), {@link org.clinlead.portal.projects.ProjectLibrary} (search, overview),
 * {@link org.clinlead.portal.projects.ProjectMeasures} (measures, data, SPC, PDSA cycles),
 * {@link org.clinlead.portal.projects.ProjectSpread} (spread, adoptions, referral to a board) and
 * {@link org.clinlead.portal.projects.ProjectTeam} (team, comments, sign-off). Projects know nothing of the
 * programme: what they need of a place they ask {@link org.clinlead.portal.projects.ProgrammePlaces}.
 */
package org.clinlead.portal.projects;
