/*
 * osprey-exec: what the POSIX provider starts, with posix_spawn, in place of a program whose child must have
 * another umask, user, group or supplementary groups (posix_spawn has no attribute for them), as the JDK starts
 * its jspawnhelper. It sets them, then execs the program with the argv and environment it was given:
 *
 *   osprey-exec REPORT_FD UMASK UID GID NGROUPS [GID...] SEARCH_PATH FILE ARGV0 [ARG...]
 *
 * where a number is "-" to leave it alone, and SEARCH_PATH is "-" to run FILE as it is, else the PATH in which to
 * look FILE up as posix_spawnp does (the caller's, not the new environment's). A failing step writes its errno,
 * as a native int, to REPORT_FD and exits 127; REPORT_FD is close-on-exec, so the caller reads end-of-file once
 * the program runs. Like a child between fork and exec it calls only async-signal-safe functions (no malloc, no
 * stdio), though as a program of its own it would not need to.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static int report_fd = -1;

static void fail(int error) {
    ssize_t ignored = write(report_fd, &error, sizeof error);
    (void) ignored;
    _exit(127);
}

static int given(const char *arg) {
    return strcmp(arg, "-") != 0;
}

/* A decimal that fits an unsigned 32-bit id; anything else is EINVAL. */
static unsigned long number(const char *arg) {
    unsigned long n = 0;
    if (*arg == '\0') {
        fail(EINVAL);
    }
    for (const char *c = arg; *c != '\0'; c++) {
        if (*c < '0' || *c > '9' || n > 0xffffffffUL / 10) {
            fail(EINVAL);
        }
        n = n * 10 + (unsigned long) (*c - '0');
    }
    if (n > 0xffffffffUL) {
        fail(EINVAL);
    }
    return n;
}

static gid_t groups[NGROUPS_MAX];

/* posix_spawnp's search: each directory of path in turn, the next one after a file missing or not executable. */
static void search(const char *path, const char *file, char **argv) {
    size_t file_len = strlen(file) + 1;
    char buffer[PATH_MAX];
    int error = ENOENT;
    for (const char *p = path;; ) {
        const char *end = strchr(p, ':');
        size_t len = end ? (size_t) (end - p) : strlen(p);
        if (len + 1 + file_len <= sizeof buffer) {
            memcpy(buffer, p, len);
            size_t at = len;
            if (len > 0) {
                buffer[at++] = '/';
            }
            memcpy(buffer + at, file, file_len);
            execve(buffer, argv, environ);
            error = errno;
            if (error != EACCES && error != ENOENT && error != ESTALE && error != ENOTDIR) {
                break;
            }
        } else {
            error = ENAMETOOLONG;
        }
        if (end == NULL) {
            break;
        }
        p = end + 1;
    }
    fail(error);
}

int main(int argc, char **argv) {
    if (argc < 9) {
        return 127;
    }
    report_fd = (int) number(argv[1]);
    if (fcntl(report_fd, F_SETFD, FD_CLOEXEC) == -1) {
        return 127;
    }
    const char *umask_arg = argv[2], *uid_arg = argv[3], *gid_arg = argv[4];
    int at = 5;
    if (given(argv[at])) {
        unsigned long n = number(argv[at]);
        if (n > (unsigned long) (argc - at - 4) || n > NGROUPS_MAX) {
            fail(EINVAL);
        }
        for (unsigned long i = 0; i < n; i++) {
            groups[i] = (gid_t) number(argv[at + 1 + i]);
        }
        if (setgroups(n, groups) == -1) {
            fail(errno);
        }
        at += (int) n;
    }
    at++;
    if (given(gid_arg)) {
        gid_t gid = (gid_t) number(gid_arg);
        if (setregid(gid, gid) == -1) {
            fail(errno);
        }
    }
    if (given(uid_arg)) {
        uid_t uid = (uid_t) number(uid_arg);
        if (setreuid(uid, uid) == -1) {
            fail(errno);
        }
    }
    if (given(umask_arg)) {
        umask((mode_t) number(umask_arg));
    }
    if (argc - at < 3) {
        fail(EINVAL);
    }
    const char *path = argv[at], *file = argv[at + 1];
    char **args = argv + at + 2;
    if (given(path) && strchr(file, '/') == NULL) {
        search(path, file, args);
    }
    execve(file, args, environ);
    fail(errno);
}
