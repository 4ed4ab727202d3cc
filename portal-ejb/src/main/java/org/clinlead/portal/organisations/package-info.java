/** The organisation directory boundary: everyone signed in reads it, administrators maintain it. */
package org.clinlead.portal.organisations;
