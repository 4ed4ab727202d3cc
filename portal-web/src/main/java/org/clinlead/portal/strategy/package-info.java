/** The strategy's coverage on the web: the dashboard, the public headline figures, their API. */
package org.clinlead.portal.strategy;
