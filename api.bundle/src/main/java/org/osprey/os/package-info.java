/** Python's {@code os} module: {@link org.osprey.os.Os}, its errors and its result types. */
@Export
@Version("0.1.0")
package org.osprey.os;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
