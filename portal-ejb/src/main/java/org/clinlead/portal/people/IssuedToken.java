package org.clinlead.portal.people;

/** A token just made: the secret is in this answer and nowhere else, ever. */
public record IssuedToken(TokenSummary token, String secret) {
}
