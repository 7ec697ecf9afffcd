/** Python's {@code linecache} module: {@link org.osprey.linecache.Linecache}. */
@Export
@Version("0.1.0")
package org.osprey.linecache;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
