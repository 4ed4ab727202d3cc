/**
 * The strategy as a whole: every activity of every capability tested against the five aims — one read model of
 * activities ({@link org.clinlead.portal.strategy.Activity}, a database view that collects a query per capability),
 * the gaps in coverage and the headline figures the strategy names. No capability imports this package.
 */
package org.clinlead.portal.strategy;
