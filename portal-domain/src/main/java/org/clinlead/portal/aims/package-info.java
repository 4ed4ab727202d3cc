/**
 * The strategy's five aims (A–E). "All activity … is tested to ensure that it is addressing one or more
 * of these aims": every later record carries at least one aim tag, and coverage is reported by aim.
 */
package org.clinlead.portal.aims;
