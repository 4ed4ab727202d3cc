/**
 * Clinical advice to commissioners through the clinical networks (aim C, "promoting the use of advice to
 * commissioners via clinical networks"): a request routed to a pathway's senior clinical leads, accepted or
 * assigned, answered by a lead whose declared interests are handled first, and closed by the requester saying
 * whether the advice was followed. The rules of that flow are here (issue 13).
 */
package org.clinlead.portal.advice;
