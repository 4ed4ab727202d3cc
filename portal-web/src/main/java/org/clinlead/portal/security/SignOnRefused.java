package org.clinlead.portal.security;

/** Why a sign-in with the organisation was not completed, in words for the log (the page says it plainly). */
final class SignOnRefused extends Exception {

    private static final long serialVersionUID = 1L;

    SignOnRefused(String why) {
        super(why);
    }

    SignOnRefused(String why, Throwable cause) {
        super(why, cause);
    }
}
