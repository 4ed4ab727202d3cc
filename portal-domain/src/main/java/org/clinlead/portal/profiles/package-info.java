/**
 * Practice profiles (aim C, "health intelligence practice profiles"): a catalogue of practice-level indicators,
 * the values GP practices report for each period, and the variation between practices read as a funnel plot
 * (Spiegelhalter's method, with the FunnelPlotR overdispersion adjustment) and a spine chart. The calculations
 * are here, once, as plain Java with unit tests; the boundaries in {@code portal-ejb} load and check (issue 13).
 */
package org.clinlead.portal.profiles;
