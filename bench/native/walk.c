/* The native floor for os.walk and os.scandir: a recursive directory walk in C, timed in-process.
 *
 *   walk (readdir|getdents|getdents-at) DIR [passes]     whole tree: every entry below DIR
 *   walk (readdir|getdents)-list DIR [passes] one directory only (the scandir peer)
 *
 * `readdir` is glibc opendir/readdir (it calls getdents64 with a 32 KiB buffer); `getdents` calls getdents64
 * directly into a 64 KiB buffer on a directory opened with openat(dirfd, name). Both take the type from d_type
 * (stat only for DT_UNKNOWN), build the path of each subdirectory (as os.walk joins dirpath and name) and
 * visit each name once (strlen, like building a name string). `getdents-at` opens each directory relative to
 * its parent's descriptor instead (os.fwalk's way). One untimed pass first; prints ms per pass.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static unsigned long entries, name_bytes;

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int is_dir_at(int dfd, const char *name) {
    struct stat st;
    return fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
}

/* Counts one entry as a walker touches it; its name's length, or -1 for "." and "..". */
static long visit(const char *n) {
    if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) return -1;
    entries++;
    size_t nl = strlen(n);
    name_bytes += nl;
    return (long) nl;
}

/* Subdirectories are collected, then walked after their parent is read (as os.walk does). */
struct subdirs {
    char **names;
    size_t n, cap;
};

static void push(struct subdirs *s, char *name) {
    if (s->n == s->cap) s->names = realloc(s->names, (s->cap = s->cap ? 2 * s->cap : 16) * sizeof *s->names);
    s->names[s->n++] = name;
}

/* path + '/' + name, as os.walk joins dirpath and a subdirectory's name. */
static char *join(const char *path, size_t plen, const char *n, size_t nl) {
    char *child = malloc(plen + nl + 2);
    memcpy(child, path, plen);
    child[plen] = '/';
    memcpy(child + plen + 1, n, nl + 1);
    return child;
}

static void walk_readdir(const char *path, int recurse) {
    DIR *d = opendir(path);
    if (!d) return;
    size_t plen = strlen(path);
    struct dirent *e;
    struct subdirs subs = {0};
    while ((e = readdir(d)) != NULL) {
        long nl = visit(e->d_name);
        if (nl < 0 || !recurse) continue;
        if (e->d_type == DT_DIR || (e->d_type == DT_UNKNOWN && is_dir_at(dirfd(d), e->d_name)))
            push(&subs, join(path, plen, e->d_name, nl));
    }
    closedir(d);
    for (size_t i = 0; i < subs.n; i++) {
        walk_readdir(subs.names[i], 1);
        free(subs.names[i]);
    }
    free(subs.names);
}

struct linux_dirent64 {
    unsigned long long d_ino;
    long long d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

static char buf[64 * 1024];

static int relative; /* getdents-at: open each subdirectory relative to its parent's descriptor */

static void walk_getdents_at(int parent, const char *name);

static void walk_getdents(const char *path, int recurse) {
    if (relative && recurse) {
        walk_getdents_at(AT_FDCWD, path);
        return;
    }
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    size_t plen = strlen(path);
    struct subdirs subs = {0};
    for (;;) {
        long nread = syscall(SYS_getdents64, fd, buf, sizeof buf);
        if (nread <= 0) break;
        for (long off = 0; off < nread;) {
            struct linux_dirent64 *e = (struct linux_dirent64 *)(buf + off);
            off += e->d_reclen;
            long nl = visit(e->d_name);
            if (nl < 0 || !recurse) continue;
            if (e->d_type == DT_DIR || (e->d_type == DT_UNKNOWN && is_dir_at(fd, e->d_name)))
                push(&subs, join(path, plen, e->d_name, nl));
        }
    }
    close(fd);
    for (size_t i = 0; i < subs.n; i++) {
        walk_getdents(subs.names[i], 1);
        free(subs.names[i]);
    }
    free(subs.names);
}

/* Like walk_getdents, but every directory is opened with openat(parent_fd, name): one path component to
 * resolve instead of the whole path (what os.fwalk does). The parent stays open while its subdirectories
 * are walked, as in fwalk; the names are still joined into paths, as os.walk's caller would get them. */
static void walk_getdents_at(int parent, const char *name) {
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return;
    struct subdirs subs = {0};
    for (;;) {
        long nread = syscall(SYS_getdents64, fd, buf, sizeof buf);
        if (nread <= 0) break;
        for (long off = 0; off < nread;) {
            struct linux_dirent64 *e = (struct linux_dirent64 *)(buf + off);
            off += e->d_reclen;
            if (visit(e->d_name) < 0) continue;
            if (e->d_type == DT_DIR || (e->d_type == DT_UNKNOWN && is_dir_at(fd, e->d_name)))
                push(&subs, strdup(e->d_name));
        }
    }
    for (size_t i = 0; i < subs.n; i++) {
        walk_getdents_at(fd, subs.names[i]);
        free(subs.names[i]);
    }
    free(subs.names);
    close(fd);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: walk (readdir|getdents)[-list] DIR [passes]\n");
        return 2;
    }
    int getdents = strncmp(argv[1], "getdents", 8) == 0;
    relative = strncmp(argv[1], "getdents-at", 11) == 0;
    int recurse = strstr(argv[1], "-list") == NULL;
    int passes = argc > 3 ? atoi(argv[3]) : 5;
    unsigned long seen = 0;
    for (int p = -1; p < passes; p++) {
        entries = 0;
        double t0 = now_ms();
        if (getdents) walk_getdents(argv[2], recurse); else walk_readdir(argv[2], recurse);
        double t1 = now_ms();
        seen = entries;
        if (p >= 0) printf("%.3f\n", t1 - t0);
    }
    fprintf(stderr, "walk: %lu entries, %lu name bytes\n", seen, name_bytes);
    return 0;
}
