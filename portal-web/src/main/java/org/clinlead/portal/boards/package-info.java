/** Pathway Delivery Boards on the web: the API resources and the pages. */
package org.clinlead.portal.boards;
