/** Python's {@code os.path}: the {@code posixpath} and {@code ntpath} flavours. */
@Export
@Version("0.1.0")
package org.osprey.os.path;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
