package org.osprey.platform.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

import org.osprey.platform.Architecture;

/**
 * Bits and linkage from an executable's own header: ELF, Mach-O (thin or the first slice of a universal binary)
 * or PE. Answers what CPython's {@code architecture()} reads from {@code file}'s description of the same file:
 * an ELF object counts only as an executable or a shared object, a Mach-O file only as an executable.
 */
final class ExecutableHeader {
    private static final int ET_EXEC = 2;
    private static final int ET_DYN = 3;
    private static final int MH_EXECUTE = 2;
    private static final int MH_MAGIC = 0xfeedface;
    private static final int MH_MAGIC_64 = 0xfeedfacf;
    private static final int FAT_MAGIC = 0xcafebabe;
    /** Java class files share the universal binary's magic; their version number is never this small. */
    private static final int MAX_FAT_ARCHS = 30;
    private static final int PE32 = 0x10b;
    private static final int PE32_PLUS = 0x20b;
    private static final int IMAGE_SUBSYSTEM_WINDOWS_GUI = 2;
    private static final int IMAGE_SUBSYSTEM_WINDOWS_CUI = 3;

    private ExecutableHeader() {
    }

    /** The file's bits and linkage; {@code bits}, {@code linkage} where the header does not tell. */
    static Architecture read(SeekableByteChannel file, String bits, String linkage) throws IOException {
        ByteBuffer head = readAt(file, 0, 64);
        if (head.remaining() < 8) {
            return new Architecture(bits, linkage);
        }
        int magic = head.getInt(0);
        if (magic == 0x7f454c46) {
            return elf(head, bits, linkage);
        }
        if (magic == FAT_MAGIC && head.getInt(4) > 0 && head.getInt(4) <= MAX_FAT_ARCHS && head.remaining() >= 16) {
            // struct fat_arch: cputype, cpusubtype, offset, size, align (big-endian)
            return machO(readAt(file, Integer.toUnsignedLong(head.getInt(16)), 16), bits, linkage);
        }
        if (isMachO(magic)) {
            return machO(head, bits, linkage);
        }
        if (head.get(0) == 'M' && head.get(1) == 'Z' && head.remaining() >= 64) {
            return pe(file, head.order(ByteOrder.LITTLE_ENDIAN).getInt(0x3c), bits, linkage);
        }
        return new Architecture(bits, linkage);
    }

    private static Architecture elf(ByteBuffer head, String bits, String linkage) {
        if (head.remaining() < 18) {
            return new Architecture(bits, linkage);
        }
        head.order(head.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int type = Short.toUnsignedInt(head.getShort(16));
        if (type != ET_EXEC && type != ET_DYN) {
            return new Architecture(bits, linkage);
        }
        return new Architecture(switch (head.get(4)) {
            case 1 -> "32bit";
            case 2 -> "64bit";
            default -> bits;
        }, "ELF");
    }

    private static boolean isMachO(int magic) {
        return magic == MH_MAGIC || magic == MH_MAGIC_64 || Integer.reverseBytes(magic) == MH_MAGIC
                || Integer.reverseBytes(magic) == MH_MAGIC_64;
    }

    private static Architecture machO(ByteBuffer head, String bits, String linkage) {
        if (head.remaining() < 16 || !isMachO(head.getInt(0))) {
            return new Architecture(bits, linkage);
        }
        int magic = head.getInt(0);
        if (magic != MH_MAGIC && magic != MH_MAGIC_64) {
            head.order(ByteOrder.LITTLE_ENDIAN);
            magic = head.getInt(0);
        }
        // mach_header: magic, cputype, cpusubtype, filetype
        if (head.getInt(12) != MH_EXECUTE) {
            return new Architecture(bits, linkage);
        }
        return new Architecture(magic == MH_MAGIC_64 ? "64bit" : "32bit", "Mach-O");
    }

    private static Architecture pe(SeekableByteChannel file, int peOffset, String bits, String linkage)
            throws IOException {
        if (peOffset < 0) {
            return new Architecture(bits, linkage);
        }
        // "PE\0\0", the COFF header (20 bytes), then the optional header: magic at 0, subsystem at 68
        ByteBuffer pe = readAt(file, peOffset, 4 + 20 + 70).order(ByteOrder.LITTLE_ENDIAN);
        if (pe.remaining() < 4 + 20 + 70 || pe.getInt(0) != 0x00004550) {
            return new Architecture(bits, linkage);
        }
        int optionalMagic = Short.toUnsignedInt(pe.getShort(24));
        int subsystem = Short.toUnsignedInt(pe.getShort(24 + 68));
        String peBits = optionalMagic == PE32 ? "32bit" : optionalMagic == PE32_PLUS ? "64bit" : bits;
        boolean windows = subsystem == IMAGE_SUBSYSTEM_WINDOWS_GUI || subsystem == IMAGE_SUBSYSTEM_WINDOWS_CUI;
        return new Architecture(peBits, windows ? "WindowsPE" : "PE");
    }

    /** Up to {@code length} bytes from {@code position}, fewer at the end of the file; big-endian. */
    private static ByteBuffer readAt(SeekableByteChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        file.position(position);
        while (buffer.hasRemaining() && file.read(buffer) > 0) {
            // a short read is not the end of the file
        }
        return buffer.flip();
    }
}
