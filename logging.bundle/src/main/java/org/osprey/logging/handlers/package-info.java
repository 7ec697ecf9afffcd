/** Python's {@code logging.handlers} module. */
@Export
@Version("0.1.0")
package org.osprey.logging.handlers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
