package org.clinlead.portal.api;

/** A body that carries only the version an action was based on: {@code {"version": 3}}. */
public record VersionInput(Long version) {
}
