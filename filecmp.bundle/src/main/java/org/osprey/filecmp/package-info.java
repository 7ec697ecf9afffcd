/** Python's {@code filecmp} module: {@link org.osprey.filecmp.Filecmp}. */
@Export
@Version("0.1.0")
package org.osprey.filecmp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
