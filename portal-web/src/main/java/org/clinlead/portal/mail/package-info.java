/** E-mail pages: a person's own notification settings and address check, and the administrators' outbox. */
package org.clinlead.portal.mail;
