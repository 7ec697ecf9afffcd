package org.osprey.posix.abi;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jnr.constants.Constant;
import jnr.constants.platform.Confstr;
import jnr.constants.platform.Sysconf;

/**
 * Python's {@code os.sysconf_names} and {@code os.confstr_names} for the running OS: names without the leading
 * underscore ({@code "SC_PAGESIZE"}) and the C library's numbers. jnr-constants knows most of them; the rest,
 * which it lacks but the C headers define (such as {@code _SC_PHYS_PAGES}), are written out here per OS, from
 * glibc's {@code bits/confname.h} (the same on every Linux architecture) and macOS's {@code unistd.h}.
 */
public record ConfNames(Map<String, Integer> sysconf, Map<String, Integer> confstr) {
    private static final Map<String, Integer> LINUX_SYSCONF = table(
            "SC_2_C_VERSION", 96, "SC_AVPHYS_PAGES", 86, "SC_CHARCLASS_NAME_MAX", 45, "SC_CHAR_BIT", 101,
            "SC_CHAR_MAX", 102, "SC_CHAR_MIN", 103, "SC_EQUIV_CLASS_MAX", 41, "SC_INT_MAX", 104, "SC_INT_MIN", 105,
            "SC_LONG_BIT", 106, "SC_MB_LEN_MAX", 108, "SC_MINSIGSTKSZ", 249, "SC_NL_ARGMAX", 119,
            "SC_NL_LANGMAX", 120, "SC_NL_MSGMAX", 121, "SC_NL_NMAX", 122, "SC_NL_SETMAX", 123, "SC_NL_TEXTMAX", 124,
            "SC_NZERO", 109, "SC_PHYS_PAGES", 85, "SC_PII", 53, "SC_PII_INTERNET", 56, "SC_PII_INTERNET_DGRAM", 62,
            "SC_PII_INTERNET_STREAM", 61, "SC_PII_OSI", 57, "SC_PII_OSI_CLTS", 64, "SC_PII_OSI_COTS", 63,
            "SC_PII_OSI_M", 65, "SC_PII_SOCKET", 55, "SC_PII_XTI", 54, "SC_POLL", 58, "SC_SCHAR_MAX", 111,
            "SC_SCHAR_MIN", 112, "SC_SELECT", 59, "SC_SHRT_MAX", 113, "SC_SHRT_MIN", 114, "SC_SSIZE_MAX", 110,
            "SC_T_IOV_MAX", 66, "SC_UCHAR_MAX", 115, "SC_UINT_MAX", 116, "SC_UIO_MAXIOV", 60, "SC_ULONG_MAX", 117,
            "SC_USHRT_MAX", 118, "SC_WORD_BIT", 107, "SC_XOPEN_XPG2", 98, "SC_XOPEN_XPG3", 99, "SC_XOPEN_XPG4", 100);
    private static final Map<String, Integer> LINUX_CONFSTR = table(
            "CS_LFS64_CFLAGS", 1004, "CS_LFS64_LDFLAGS", 1005, "CS_LFS64_LIBS", 1006, "CS_LFS64_LINTFLAGS", 1007,
            "CS_LFS_CFLAGS", 1000, "CS_LFS_LDFLAGS", 1001, "CS_LFS_LIBS", 1002, "CS_LFS_LINTFLAGS", 1003,
            "CS_XBS5_ILP32_OFF32_CFLAGS", 1100, "CS_XBS5_ILP32_OFF32_LDFLAGS", 1101,
            "CS_XBS5_ILP32_OFF32_LIBS", 1102, "CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103,
            "CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104, "CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105,
            "CS_XBS5_ILP32_OFFBIG_LIBS", 1106, "CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107,
            "CS_XBS5_LP64_OFF64_CFLAGS", 1108, "CS_XBS5_LP64_OFF64_LDFLAGS", 1109, "CS_XBS5_LP64_OFF64_LIBS", 1110,
            "CS_XBS5_LP64_OFF64_LINTFLAGS", 1111, "CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112,
            "CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113, "CS_XBS5_LPBIG_OFFBIG_LIBS", 1114,
            "CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115);
    private static final Map<String, Integer> DARWIN_SYSCONF = table(
            "SC_PHYS_PAGES", 200);
    private static final Map<String, Integer> DARWIN_CONFSTR = table(
            "CS_XBS5_ILP32_OFF32_CFLAGS", 20, "CS_XBS5_ILP32_OFF32_LDFLAGS", 21, "CS_XBS5_ILP32_OFF32_LIBS", 22,
            "CS_XBS5_ILP32_OFF32_LINTFLAGS", 23, "CS_XBS5_ILP32_OFFBIG_CFLAGS", 24,
            "CS_XBS5_ILP32_OFFBIG_LDFLAGS", 25, "CS_XBS5_ILP32_OFFBIG_LIBS", 26,
            "CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 27, "CS_XBS5_LP64_OFF64_CFLAGS", 28, "CS_XBS5_LP64_OFF64_LDFLAGS", 29,
            "CS_XBS5_LP64_OFF64_LIBS", 30, "CS_XBS5_LP64_OFF64_LINTFLAGS", 31, "CS_XBS5_LPBIG_OFFBIG_CFLAGS", 32,
            "CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 33, "CS_XBS5_LPBIG_OFFBIG_LIBS", 34,
            "CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 35, "CS_DARWIN_USER_DIR", 65536, "CS_DARWIN_USER_TEMP_DIR", 65537,
            "CS_DARWIN_USER_CACHE_DIR", 65538);

    private static volatile ConfNames running;

    /** The names of the running OS, whose ABI is {@code abi} (jnr-constants serves the running OS only). */
    public static ConfNames of(Abi abi) {
        ConfNames names = running;
        if (names == null) {
            names = abi.isLinux()
                    ? new ConfNames(merge(Sysconf.values(), LINUX_SYSCONF), merge(Confstr.values(), LINUX_CONFSTR))
                    : new ConfNames(merge(Sysconf.values(), DARWIN_SYSCONF), merge(Confstr.values(), DARWIN_CONFSTR));
            running = names;
        }
        return names;
    }

    private static Map<String, Integer> merge(Constant[] known, Map<String, Integer> more) {
        Map<String, Integer> names = new TreeMap<>(more);
        for (Constant c : known) {
            if (c.defined() && c.name().startsWith("_")) {
                names.put(c.name().substring(1), c.intValue());
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, Integer> table(Object... namesAndValues) {
        Map<String, Integer> table = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            table.put((String) namesAndValues[i], (Integer) namesAndValues[i + 1]);
        }
        return table;
    }
}
