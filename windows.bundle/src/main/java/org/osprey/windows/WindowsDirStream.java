package org.osprey.windows;

import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_DIRECTORY;
import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_REPARSE_POINT;
import static org.osprey.windows.WinConstants.IO_REPARSE_TAG_SYMLINK;

import java.lang.ref.Cleaner;

import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinNT;
import org.osprey.os.OsException;
import org.osprey.os.spi.DirStream;

/**
 * A directory read with {@code FindFirstFileW}/{@code FindNextFileW}, as CPython's {@code scandir} on Windows: each
 * entry's type from its attributes and reparse tag in the find data, with no extra call per entry. The data has no
 * file index: {@link #hasIno()} says so, and the entry's {@code inode()} lstats it, as CPython's
 * {@code DirEntry.inode()}.
 */
final class WindowsDirStream implements DirStream {
    private static final Cleaner CLEANER = Cleaner.create();

    /** The find handle, closed once, by {@link #close()} or when the stream is collected unclosed. */
    private static final class Search implements Runnable {
        private WinNT.HANDLE handle;

        Search(WinNT.HANDLE handle) {
            this.handle = handle;
        }

        @Override
        public synchronized void run() {
            if (handle != null) {
                Natives.kernel32().FindClose(handle);
                handle = null;
            }
        }
    }

    private final String path;
    private final Search search;
    private final Cleaner.Cleanable cleanable;
    private final Structs.FindData data;
    /** The entry {@code FindFirstFileW} gave is still to be returned. */
    private boolean first = true;
    private boolean done;
    private String name;
    private int type;

    private WindowsDirStream(String path, WinNT.HANDLE handle, Structs.FindData data) {
        this.path = path;
        this.search = new Search(handle);
        this.data = data;
        this.cleanable = CLEANER.register(this, search);
    }

    static WindowsDirStream open(String path) throws OsException {
        boolean separated = path.isEmpty() || path.endsWith("\\") || path.endsWith("/") || path.endsWith(":");
        Structs.FindData data = new Structs.FindData();
        WinNT.HANDLE handle = Natives.kernel().FindFirstFileW(new WString(path + (separated ? "*" : "\\*")), data);
        if (Handles.invalid(handle)) {
            throw WinErrors.lastError(path);
        }
        return new WindowsDirStream(path, handle, data);
    }

    @Override
    public synchronized boolean next() throws OsException {
        while (!done) {
            if (first) {
                first = false;
            } else if (!advance()) {
                return false;
            }
            String found = data.fileName();
            if (!found.equals(".") && !found.equals("..")) {
                name = found;
                type = typeOf(data.dwFileAttributes, data.dwReserved0);
                return true;
            }
        }
        return false;
    }

    private boolean advance() throws OsException {
        synchronized (search) {
            if (search.handle == null) {
                done = true;
                return false;
            }
            if (Natives.kernel().FindNextFileW(search.handle, data)) {
                return true;
            }
        }
        int error = WinErrors.last();
        done = true;
        if (error != WinErrors.ERROR_NO_MORE_FILES) {
            throw WinErrors.of(error, path, null);
        }
        return false;
    }

    /** CPython's {@code DirEntry_from_find_data}: only a symlink tag makes a link; a junction is a directory. */
    static int typeOf(int attributes, int reparseTag) {
        if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0 && reparseTag == IO_REPARSE_TAG_SYMLINK) {
            return TYPE_SYMLINK;
        }
        return (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0 ? TYPE_DIR : TYPE_FILE;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public long ino() {
        return 0;
    }

    @Override
    public boolean hasIno() {
        return false;
    }

    @Override
    public void close() {
        synchronized (this) {
            done = true;
        }
        cleanable.clean();
    }
}
