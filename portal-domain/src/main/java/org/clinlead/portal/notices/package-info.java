/** Notices: reminders and other messages the portal leaves for a person on their home page. */
package org.clinlead.portal.notices;
