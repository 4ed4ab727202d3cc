/**
 * What every business area shares: the one family of business failures (each carrying a message a
 * person can act on), field errors, and the page request/answer used by every list.
 */
package org.clinlead.portal.shared;
