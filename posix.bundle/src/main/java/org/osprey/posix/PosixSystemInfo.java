package org.osprey.posix;

import static org.osprey.posix.NativeSide.n;
import static org.osprey.posix.NativeSide.proc;

import java.nio.ByteBuffer;
import java.util.Map;

import org.osprey.os.LoadAverage;
import org.osprey.os.OsException;
import org.osprey.os.UnameResult;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.NativeSide.Loaded;
import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;
import org.osprey.posix.proc.SystemInfo;
import org.osprey.posix.proc.Urandom;

/** The POSIX provider's {@link org.osprey.os.spi.SystemInfo} facet: what the system tells about itself. */
final class PosixSystemInfo implements org.osprey.os.spi.SystemInfo {
    @Override
    public String strerror(int errno) {
        return n().errors().strerror(errno);
    }

    @Override
    public Map<String, Integer> errnoConstants() {
        return n().abi().variant().errnoConstants();
    }

    /**
     * jffi's default library, through which {@code Binder} binds every native: {@code dlopen(NULL, RTLD_LAZY |
     * RTLD_GLOBAL)}, the process's own symbols.
     */
    @Override
    public int getdlopenflags() {
        Map<String, Integer> constants = n().abi().variant().processConstants();
        return constants.get("RTLD_LAZY") | constants.get("RTLD_GLOBAL");
    }

    @Override
    public void setdlopenflags(int flags) {
        throw Unsupported.of("setdlopenflags", "the POSIX provider binds every function through the one"
                + " dlopen(NULL, RTLD_LAZY | RTLD_GLOBAL) it made at start; it opens no library later for new flags to"
                + " apply to");
    }

    @Override
    public UnameResult uname() throws OsException {
        Loaded n = n();
        NativeBuffer out = Scratch.get().out();
        if (n.libc().uname(out.address()) != 0) {
            throw n.errors().last(null);
        }
        int field = n.abi().utsnameField();
        ByteBuffer b = out.bytes();
        return new UnameResult(PathCodec.decodeCString(b, 0), PathCodec.decodeCString(b, field),
                PathCodec.decodeCString(b, 2 * field), PathCodec.decodeCString(b, 3 * field),
                PathCodec.decodeCString(b, 4 * field));
    }

    @Override
    public int cpuCount() {
        return SystemInfo.cpuCount(proc());
    }

    @Override
    public long sysconf(int name) throws OsException {
        return SystemInfo.sysconf(proc(), name);
    }

    @Override
    public Map<String, Integer> sysconfNames() {
        return ConfNames.of(n().abi()).sysconf();
    }

    @Override
    public String confstr(int name) throws OsException {
        return SystemInfo.confstr(proc(), name);
    }

    @Override
    public Map<String, Integer> confstrNames() {
        return ConfNames.of(n().abi()).confstr();
    }

    @Override
    public LoadAverage getloadavg() throws OsException {
        return SystemInfo.getloadavg(proc());
    }

    @Override
    public void urandom(byte[] buffer) throws OsException {
        Urandom.fill(proc(), buffer);
    }
}
