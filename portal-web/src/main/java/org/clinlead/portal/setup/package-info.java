/** How the running portal reports on itself: the MicroProfile readiness and liveness checks. */
package org.clinlead.portal.setup;
