/**
 * The care pathways the region organises around (maternity and newborn, children and young people,
 * staying healthy, acute care, planned care, mental health, long-term conditions, end of life). Lead
 * seats and Pathway Delivery Boards hang off a pathway.
 */
package org.clinlead.portal.pathways;
