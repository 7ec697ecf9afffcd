/** The provider SPI: what a platform provider implements for the API to call. */
@Export
@Version("0.1.0")
package org.osprey.os.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
