/**
 * Change projects of the aspiring clinical leaders programme (aim B): measures, data, PDSA cycles and the
 * statistical process control that says whether a change is an improvement ({@link org.clinlead.portal.projects.Spc}).
 */
package org.clinlead.portal.projects;
