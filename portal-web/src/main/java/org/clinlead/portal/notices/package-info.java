/** Notices on the web: the API and the home page panel. */
package org.clinlead.portal.notices;
