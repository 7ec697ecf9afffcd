package org.osprey.shutil;

/**
 * One {@code (src, dst, reason)} triple of {@code shutil.Error}'s list: what {@code copytree} could not copy and why.
 *
 * @param src    the source path
 * @param dst    the destination path
 * @param reason the error's message, as Python's {@code str(why)}
 */
public record CopyFailure(String src, String dst, String reason) {
}
