package org.osprey.posix;

import static org.osprey.posix.NativeSide.n;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.osprey.os.Group;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;
import org.osprey.os.spi.UserDatabase;
import org.osprey.posix.NativeSide.Loaded;
import org.osprey.posix.abi.GroupLayout;
import org.osprey.posix.abi.PasswdLayout;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;

/** The POSIX provider's {@link UserDatabase} facet: the user and group database. */
final class PosixUserDatabase implements UserDatabase {
    @Override
    public Passwd getpwuid(long uid) throws OsException {
        Loaded n = n();
        return lookup(n, n.abi().passwd().size(), (pwd, buf, size, result) -> n.libc().getpwuid_r((int) uid, pwd, buf,
                size, result), PosixUserDatabase::readPasswd);
    }

    @Override
    public Passwd getpwnam(String name) throws OsException {
        Loaded n = n();
        long encoded = PathCodec.encode(name, Scratch.get().path());
        return lookup(n, n.abi().passwd().size(), (pwd, buf, size, result) -> n.libc().getpwnam_r(encoded, pwd, buf,
                size, result), PosixUserDatabase::readPasswd);
    }

    @Override
    public Group getgrgid(long gid) throws OsException {
        Loaded n = n();
        return lookup(n, GroupLayout.SIZE, (grp, buf, size, result) -> n.libc().getgrgid_r((int) gid, grp, buf, size,
                result), PosixUserDatabase::readGroup);
    }

    @Override
    public Group getgrnam(String name) throws OsException {
        Loaded n = n();
        long encoded = PathCodec.encode(name, Scratch.get().path());
        return lookup(n, GroupLayout.SIZE, (grp, buf, size, result) -> n.libc().getgrnam_r(encoded, grp, buf, size,
                result), PosixUserDatabase::readGroup);
    }

    /** A reentrant {@code get{pw,gr}*_r} call: returns an error number, fills the struct, sets {@code *result}. */
    private interface DatabaseLookup {
        int call(long entry, long buf, long size, long result);
    }

    /** Reads the entry a lookup filled in at the start of the out buffer. */
    private interface EntryReader<T> {
        T read(Loaded n, NativeBuffer out);
    }

    /** The out buffer holds the struct, then the result pointer, then the strings. */
    private static <T> T lookup(Loaded n, int structSize, DatabaseLookup lookup, EntryReader<T> reader)
            throws OsException {
        NativeBuffer out = Scratch.get().out();
        int result = structSize; // the result pointer follows the struct
        int strings = result + Long.BYTES;
        while (true) {
            long base = out.address();
            int rc = lookup.call(base, base + strings, out.capacity() - strings, base + result);
            if (rc == PlatformErrno.ERANGE) {
                out.grow();
                continue;
            }
            if (rc == 0 && out.bytes().getLong(result) != 0) {
                return reader.read(n, out);
            }
            if (rc == 0 || isNotFound(rc)) {
                return null;
            }
            throw n.errors().of(rc, null, null);
        }
    }

    /** The codes that POSIX lets {@code get{pw,gr}*_r} use for "no such entry". */
    private static boolean isNotFound(int rc) {
        return rc == PlatformErrno.ENOENT || rc == PlatformErrno.ESRCH || rc == PlatformErrno.EBADF
                || rc == PlatformErrno.EPERM;
    }

    private static Passwd readPasswd(Loaded n, NativeBuffer out) {
        PasswdLayout l = n.abi().passwd();
        ByteBuffer b = out.bytes();
        return new Passwd(string(n, b, l.name()), string(n, b, l.passwd()), b.getInt(l.uid()) & 0xffff_ffffL,
                b.getInt(l.gid()) & 0xffff_ffffL, string(n, b, l.gecos()), string(n, b, l.dir()),
                string(n, b, l.shell()));
    }

    private static Group readGroup(Loaded n, NativeBuffer out) {
        ByteBuffer b = out.bytes();
        List<String> members = new ArrayList<>();
        long array = b.getLong(GroupLayout.MEMBERS);
        for (long member; array != 0 && (member = n.natives().memory().getAddress(array)) != 0; array += Long.BYTES) {
            members.add(PathCodec.decodeCString(n.natives().memory(), member));
        }
        return new Group(string(n, b, GroupLayout.NAME), string(n, b, GroupLayout.PASSWD),
                b.getInt(GroupLayout.GID) & 0xffff_ffffL, members);
    }

    /** The C string that the pointer at {@code offset} points to; a null pointer reads as empty. */
    private static String string(Loaded n, ByteBuffer b, int offset) {
        long address = b.getLong(offset);
        return address == 0 ? "" : PathCodec.decodeCString(n.natives().memory(), address);
    }
}
