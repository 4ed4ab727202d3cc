/**
 * Commissioning for quality (aim C): CQUIN schemes that put a share of a contract's value at risk across
 * weighted quality indicators with thresholds, paid on achievement. This package holds the rules that decide
 * money — achievement between a minimum and a maximum, the CQUIN share, weights, payment and year-end
 * reconciliation in pence, the financial year and its quarterly deadlines — as plain Java with unit tests.
 * Contracts, schemes, advice, submissions and assessment build on them (issue 12).
 */
package org.clinlead.portal.commissioning;
