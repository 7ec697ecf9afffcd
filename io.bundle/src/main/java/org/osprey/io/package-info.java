/**
 * Python's text I/O layer, shared by the modules that read and write text: {@link org.osprey.io.Codec} looks an
 * encoding up by Python's names, {@link org.osprey.io.ErrorHandler} is an {@code errors=} handler,
 * {@link org.osprey.io.TextStreams} reads and writes text over byte streams with universal newlines, and
 * {@link org.osprey.io.TextIO} is CPython 3.13's {@code TextIOWrapper} over a {@link org.osprey.io.RawIO}.
 */
@Export
@Version("0.1.0")
package org.osprey.io;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
