/** Python's {@code logging.config} module. */
@Export
@Version("0.1.0")
package org.osprey.logging.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
