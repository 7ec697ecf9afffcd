/** Python's {@code fnmatch} module: {@link org.osprey.fnmatch.Fnmatch}. */
@Export
@Version("0.1.0")
package org.osprey.fnmatch;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
