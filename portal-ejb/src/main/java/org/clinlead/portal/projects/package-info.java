/** The change projects boundary: projects, measures, data (one at a time or pasted), SPC, PDSA cycles, spread. */
package org.clinlead.portal.projects;
