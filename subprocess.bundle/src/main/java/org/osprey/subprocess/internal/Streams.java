package org.osprey.subprocess.internal;

import org.osprey.subprocess.PipeIn;
import org.osprey.subprocess.PipeOut;

/**
 * The parent's ends of a child's pipes, null where a stream is not a pipe, and the threads copying to or from
 * Java streams, which a wait joins.
 */
record Streams(PipeOut stdin, PipeIn stdout, PipeIn stderr, Pumps pumps) {
}
