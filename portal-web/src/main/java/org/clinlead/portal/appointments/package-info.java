/** Senior clinical lead appointments on the web: the API resources and the pages. */
package org.clinlead.portal.appointments;
