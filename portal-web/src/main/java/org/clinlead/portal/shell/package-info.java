/**
 * The portal shell every page shares: the current user, the demo banner, the role-aware menu, the
 * sign-in and sign-out actions, the home page, and the small helpers pages use to show messages and
 * page through lists held in the database.
 */
package org.clinlead.portal.shell;
