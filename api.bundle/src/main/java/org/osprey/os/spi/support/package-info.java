/**
 * Helpers for provider authors: a provider that forwards to another ({@link ForwardingProvider}), a table of
 * descriptors for a provider that numbers its own ({@link DescriptorTable}), the errno of a
 * {@code java.nio} exception ({@link NioErrors}), and JDK paths as Python's strings and back, losslessly
 * ({@link JdkPaths}).
 */
@Export
@Version("0.1.0")
package org.osprey.os.spi.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
