/**
 * Python's {@code subprocess} module: {@link org.osprey.subprocess.Subprocess} (its functions),
 * {@link org.osprey.subprocess.Popen}, the options of {@code Popen} and {@code run}, and the errors.
 */
@Export
@Version("0.1.0")
package org.osprey.subprocess;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
