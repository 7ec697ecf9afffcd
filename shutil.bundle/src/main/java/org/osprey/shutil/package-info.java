/** Python's {@code shutil} module: {@link org.osprey.shutil.Shutil}. */
@Export
@Version("0.1.0")
package org.osprey.shutil;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
