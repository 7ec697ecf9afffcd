/* The native floor for subprocess: posix_spawn(3) and waitpid(2), timed in-process.
 *
 *   spawnloop spawn N [passes]            N x (posix_spawn /bin/true, waitpid); prints s per N, one line per pass
 *   spawnloop communicate BYTES [passes]  posix_spawnp `head -c BYTES /dev/zero` with stdout on a pipe, read it all
 *                                         (64 KiB reads), waitpid; prints s per child, one line per pass
 *
 * One untimed pass first (warm), then `passes` timed ones. The child inherits this process's stdin, stdout
 * (not in communicate) and stderr, and its environment, as every peer's child does: no file actions, no
 * attributes, which is what "a C posix_spawn loop" means in the targets. communicate keeps every byte in one
 * buffer, grown as needed (what communicate() returns), so the floor pays for the memory as its peers do.
 * Every child must exit 0 and communicate must read exactly BYTES, else the exit status is 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* waits for pid; 0 if it exited 0 */
static int reap(pid_t pid) {
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) { perror("waitpid"); return -1; }
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int spawn_true(void) {
    char *argv[] = {"/bin/true", NULL};
    pid_t pid;
    int rc = posix_spawn(&pid, argv[0], NULL, NULL, argv, environ);
    if (rc != 0) { errno = rc; perror("posix_spawn /bin/true"); return -1; }
    return reap(pid);
}

/* the bytes the child wrote, or -1 */
static long long communicate(const char *bytes) {
    char *argv[] = {"head", "-c", (char *)bytes, "/dev/zero", NULL};
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) { perror("pipe2"); return -1; }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);  /* dup2 clears FD_CLOEXEC on 1; both ends close at exec */
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) { errno = rc; perror("posix_spawnp head"); close(fds[0]); return -1; }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (cap - n < 1 << 16 && (buf = realloc(buf, cap *= 2)) == NULL) { perror("realloc"); exit(1); }
        ssize_t r = read(fds[0], buf + n, 1 << 16);
        if (r == 0) break;
        if (r < 0) {
            if (errno == EINTR) continue;
            perror("read"); n = (size_t)-1; break;
        }
        n += r;
    }
    close(fds[0]);
    free(buf);
    return reap(pid) == 0 && n != (size_t)-1 ? (long long)n : -1;
}

int main(int argc, char **argv) {
    int is_spawn = argc > 2 && strcmp(argv[1], "spawn") == 0;
    if (argc < 3 || (!is_spawn && strcmp(argv[1], "communicate") != 0)) {
        fprintf(stderr, "usage: spawnloop spawn N [passes] | spawnloop communicate BYTES [passes]\n");
        return 2;
    }
    long long count = atoll(argv[2]);
    int passes = argc > 3 ? atoi(argv[3]) : 10;
    unsigned long failed = 0;
    for (int p = -1; p < passes; p++) {
        double t0 = now_s();
        if (is_spawn) {
            for (long long i = 0; i < count; i++) failed += spawn_true() != 0;
        } else {
            failed += communicate(argv[2]) != count;
        }
        double t1 = now_s();
        if (p >= 0) {
            printf("%.4f\n", t1 - t0);
            fflush(stdout);
        }
    }
    if (failed) fprintf(stderr, "spawnloop: %lu children failed\n", failed);
    fprintf(stderr, "spawnloop: %s %lld, %d passes\n", argv[1], count, passes);
    return failed != 0;
}
