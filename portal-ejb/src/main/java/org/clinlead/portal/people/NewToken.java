package org.clinlead.portal.people;

import java.time.LocalDate;

/** What a person asks for when making a token: a name to know it by, the last day it works, read-only or not. */
public record NewToken(String name, LocalDate expiresOn, Boolean readOnly) {
}
