package org.clinlead.portal.commissioning;

/** The commissioner's assessment of a return. */
public enum Outcome {
    ACCEPT, QUERY, REJECT
}
