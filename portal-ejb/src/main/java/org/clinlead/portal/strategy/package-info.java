/**
 * The strategy's coverage: every activity of every capability (the read model {@code strategy_activity}) counted by
 * aim, capability, quarter, pathway and organisation in the database; the gaps; the headline figures the strategy
 * names. Reads the capabilities' records; no capability imports this package.
 */
package org.clinlead.portal.strategy;
