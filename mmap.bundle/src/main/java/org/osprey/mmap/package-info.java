/** Python's {@code mmap} module: {@link org.osprey.mmap.Mmap} and its {@link org.osprey.mmap.MemoryMap}. */
@Export
@Version("0.1.0")
package org.osprey.mmap;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
