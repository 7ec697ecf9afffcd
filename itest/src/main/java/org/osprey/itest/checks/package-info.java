/** Checks of the os API that run both in an OSGi framework and on a plain module path. */
@Export
@Version("0.1.0")
package org.osprey.itest.checks;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
