/** Test-only EJBs that run code under one role each, deployed with the in-container tests. */
package org.clinlead.portal.testing.roles;
