/** Operating targets on the web: the exceptions list, a series' SPC chart, the figures import; their API. */
package org.clinlead.portal.targets;
