/** Python's {@code glob} module: {@link org.osprey.glob.Glob}. */
@Export
@Version("0.1.0")
package org.osprey.glob;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
