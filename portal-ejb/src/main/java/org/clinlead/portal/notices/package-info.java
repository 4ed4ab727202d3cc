/** Notices: the sender other boundaries use, and the boundary a person reads their notices through. */
package org.clinlead.portal.notices;
