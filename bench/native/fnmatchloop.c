/* The native floor for fnmatch.filter: glibc fnmatch(3), flags 0, over every name of a list, timed in-process.
 *
 *   fnmatchloop [--bytes] PATTERN NAMES [passes]
 *
 * Names are read once (one per line) and kept as C strings; one untimed pass first, then `passes` timed
 * passes, each printing the ms it took to test every name. The matches of each pass are kept in an array
 * of pointers (what a filter returns); their count goes to stderr for run.sh's check. By default the
 * program takes the locale from the environment (run.sh sets C.UTF-8), so `?` and brackets match whole
 * UTF-8 characters as Python's and Osprey's matchers do; --bytes stays in the "C" locale, where glibc
 * compares bytes (faster; the same answers on names whose wildcard positions are ASCII).
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    int arg = 1;
    int bytes = argc > 1 && strcmp(argv[1], "--bytes") == 0;
    arg += bytes;
    if (argc - arg < 2) {
        fprintf(stderr, "usage: fnmatchloop [--bytes] PATTERN NAMES [passes]\n");
        return 2;
    }
    if (!bytes && !setlocale(LC_ALL, "")) {
        fprintf(stderr, "fnmatchloop: the environment's locale is not available\n");
        return 1;
    }
    const char *pattern = argv[arg];
    int passes = argc - arg > 2 ? atoi(argv[arg + 2]) : 10;
    FILE *f = fopen(argv[arg + 1], "r");
    if (!f) { perror(argv[arg + 1]); return 1; }
    size_t cap = 1 << 16, n = 0;
    char **names = malloc(cap * sizeof *names);
    char *line = NULL;
    size_t len = 0;
    ssize_t r;
    while ((r = getline(&line, &len, f)) > 0) {
        if (line[r - 1] == '\n') line[--r] = 0;
        if (n == cap) names = realloc(names, (cap *= 2) * sizeof *names);
        names[n++] = strdup(line);
    }
    fclose(f);
    const char **matches = malloc(n * sizeof *matches);
    size_t m = 0;
    for (int p = -1; p < passes; p++) {
        double t0 = now_ms();
        m = 0;
        for (size_t i = 0; i < n; i++) {
            int rc = fnmatch(pattern, names[i], 0);
            if (rc == 0) matches[m++] = names[i];
            else if (rc != FNM_NOMATCH) { fprintf(stderr, "fnmatchloop: fnmatch failed on %s\n", names[i]); return 1; }
        }
        double t1 = now_ms();
        if (p >= 0) printf("%.3f\n", t1 - t0);
    }
    fprintf(stderr, "fnmatch: %zu matches of %zu names\n", m, n);
    return 0;
}
