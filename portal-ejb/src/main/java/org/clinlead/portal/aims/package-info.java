/** Reading the strategy's reference data: the five aims and the care pathways. */
package org.clinlead.portal.aims;
