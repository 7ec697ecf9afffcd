/** Python's {@code tempfile} module: {@link org.osprey.tempfile.Tempfile}. */
@Export
@Version("0.1.0")
package org.osprey.tempfile;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
