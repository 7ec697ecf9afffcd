package org.osprey.sys;

/**
 * One entry of {@link Sys#modules()}: a named JPMS module of the running layers or, inside an OSGi framework, a
 * bundle.
 *
 * @param name     the module's name, or the bundle's symbolic name
 * @param version  its version, or {@code ""} where it has none
 * @param location where it was loaded from (a jar's URI, a bundle's location), or {@code ""} where unknown
 */
public record LoadedModule(String name, String version, String location) {
}
