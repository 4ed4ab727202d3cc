/**
 * The invented Northdale region that demo mode seeds into an empty database — organisations, clinicians and
 * accounts, declarations, recruitment, boards with their history, change projects and the programme's
 * cohorts — and the national-scale data set the benchmarks load. Nothing here runs in production mode.
 */
package org.clinlead.portal.setup.demo;
