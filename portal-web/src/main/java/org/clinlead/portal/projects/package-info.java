/** Change projects on the web: the API, the SPC chart and the pages. */
package org.clinlead.portal.projects;
