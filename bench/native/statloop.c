/* The native floor for os.stat/os.lstat: stat(2) or lstat(2) on each path of a list, timed in-process.
 *
 *   statloop (stat|lstat) LIST [passes]
 *   statloop (stat|lstat) LIST --lockstep
 *
 * One untimed pass over the list first (warm), then `passes` timed passes; prints one line per pass with the
 * mean ns per call of that pass. With --lockstep, a timed pass is run each time a line arrives on stdin, until
 * end of input, so that another process can alternate its own passes with this one's (StatPairs). Paths are
 * read once and kept as C strings: the loop is the system call, glibc's wrapper and the loop itself, which is
 * what "a C stat() loop" means in the targets.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: statloop (stat|lstat) LIST [passes]\n");
        return 2;
    }
    int follow = strcmp(argv[1], "stat") == 0;
    int lockstep = argc > 3 && strcmp(argv[3], "--lockstep") == 0;
    int passes = lockstep ? 0 : argc > 3 ? atoi(argv[3]) : 20;
    FILE *f = fopen(argv[2], "r");
    if (!f) { perror(argv[2]); return 1; }
    size_t cap = 1024, n = 0;
    char **paths = malloc(cap * sizeof *paths);
    char *line = NULL;
    size_t len = 0;
    ssize_t r;
    while ((r = getline(&line, &len, f)) > 0) {
        if (line[r - 1] == '\n') line[--r] = 0;
        if (r == 0) continue;
        if (n == cap) paths = realloc(paths, (cap *= 2) * sizeof *paths);
        paths[n++] = strdup(line);
    }
    fclose(f);
    struct stat st;
    unsigned long sink = 0, failed = 0;
    char go[16];
    for (int p = -1; lockstep ? (p < 0 || fgets(go, sizeof go, stdin) != NULL) : p < passes; p++) {
        double t0 = now_ns();
        for (size_t i = 0; i < n; i++) {
            int rc = follow ? stat(paths[i], &st) : lstat(paths[i], &st);
            if (rc != 0) failed++;
            sink += st.st_size + st.st_ino;
        }
        double t1 = now_ns();
        if (p >= 0) {
            printf("%.1f\n", (t1 - t0) / n);
            fflush(stdout);
        }
    }
    if (failed) fprintf(stderr, "statloop: %lu calls failed\n", failed);
    fprintf(stderr, "statloop: %zu paths, sink %lu\n", n, sink);
    return failed != 0;
}
