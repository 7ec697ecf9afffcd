"""The python3 side of the shutil archive tests: builds sample trees, makes and unpacks archives with the real
shutil, and describes trees so that two of them can be compared line by line.

    archive_oracle.py build DIR full|portable
    archive_oracle.py make BASE FORMAT ROOT_DIR        (prints the archive's name)
    archive_oracle.py unpack FILE DIR FILTER
    archive_oracle.py describe DIR [nomtime]
    archive_oracle.py formats
    archive_oracle.py list TARFILE                     (name uid gid uname gname per member)
"""
import hashlib
import os
import shutil
import stat
import sys

MTIME = 1_600_000_000


def build(top, variant):
    os.makedirs(top)

    def file(rel, data, mode=0o644):
        path = os.path.join(top, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data)
        os.chmod(path, mode)

    file('plain.txt', b'hello\n')
    file('run.sh', b'#!/bin/sh\necho hi\n', 0o755)
    file('secret', b'x' * 10, 0o600)
    file('sub/deeper/data.bin', bytes(range(256)) * 800)  # 200 kB: streamed, not buffered
    file('sub/caf\u00e9 \u00fcber \u2603.txt', 'snow\n'.encode())
    file('sub/' + 'long-name-' * 12 + '.txt', b'long\n')
    file('empty', b'')
    os.makedirs(os.path.join(top, 'emptydir'))
    os.makedirs(os.path.join(top, 'private'))
    file('private/p.txt', b'p\n', 0o640)
    os.chmod(os.path.join(top, 'private'), 0o750)
    os.symlink('plain.txt', os.path.join(top, 'link-to-plain'))
    os.symlink('../run.sh', os.path.join(top, 'sub', 'link-up'))
    os.link(os.path.join(top, 'plain.txt'), os.path.join(top, 'sub', 'hard.txt'))
    if variant == 'full':
        file(os.fsdecode(b'raw-\xff\xfe.bin'), b'undecodable name\n')
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        for name in filenames + dirnames:
            os.utime(os.path.join(dirpath, name), (MTIME, MTIME), follow_symlinks=False)


def describe(top, with_mtime=True):
    lines = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            rel = os.fsencode(os.path.relpath(path, top))
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                what = 'l ' + os.fsencode(os.readlink(path)).hex()
            elif stat.S_ISDIR(st.st_mode):
                what = 'd %o' % stat.S_IMODE(st.st_mode)
            else:
                with open(path, 'rb') as f:
                    digest = hashlib.sha256(f.read()).hexdigest()[:16]
                what = 'f %o %d %s links=%d' % (stat.S_IMODE(st.st_mode), st.st_size, digest, st.st_nlink)
            if with_mtime and not stat.S_ISLNK(st.st_mode):
                what += ' mtime=%d' % int(st.st_mtime)
            lines.append('%s %r %s' % (rel.hex(), rel, what))
    return sorted(lines)


def main(args):
    cmd = args[0]
    if cmd == 'build':
        build(args[1], args[2])
    elif cmd == 'make':
        print(shutil.make_archive(args[1], args[2], root_dir=args[3]))
    elif cmd == 'unpack':
        shutil.unpack_archive(args[1], args[2], filter=None if args[3] == 'none' else args[3])
    elif cmd == 'describe':
        print('\n'.join(describe(args[1], len(args) < 3)))
    elif cmd == 'list':
        import tarfile
        with tarfile.open(args[1]) as tar:
            for m in tar.getmembers():
                print('%s%s %d %d %s %s' % (m.name, '/' if m.isdir() else '', m.uid, m.gid, m.uname, m.gname))
    elif cmd == 'formats':
        for name, description in shutil.get_archive_formats():
            print('archive|%s|%s' % (name, description))
        for name, extensions, description in shutil.get_unpack_formats():
            print('unpack|%s|%s|%s' % (name, ','.join(extensions), description))


if __name__ == '__main__':
    main(sys.argv[1:])
