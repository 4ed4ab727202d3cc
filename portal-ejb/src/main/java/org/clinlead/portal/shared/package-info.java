/** What every boundary shares: the lists of roles used in {@code @RolesAllowed}, and JPA helpers for lists. */
package org.clinlead.portal.shared;
