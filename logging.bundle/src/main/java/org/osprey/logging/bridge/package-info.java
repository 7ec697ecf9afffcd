/**
 * Handlers that hand Python's log records to the logging the JVM application already has: SLF4J
 * ({@link org.osprey.logging.bridge.Slf4jHandler}), {@code java.util.logging}
 * ({@link org.osprey.logging.bridge.JulHandler}) and the OSGi Log Service
 * ({@link org.osprey.logging.bridge.OsgiLogHandler}); {@link org.osprey.logging.bridge.JvmLogging#handler()} picks
 * one by what is present. Each backend but {@code java.util.logging} is optional and loaded only when its handler is
 * made.
 */
@Export
@Version("0.1.0")
package org.osprey.logging.bridge;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
