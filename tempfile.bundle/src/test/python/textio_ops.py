"""Runs scripts of text-file operations on CPython's tempfile objects and prints what each returns.

TextModeGoldenTest runs the same scripts on Osprey's and compares the lines. Standard input holds scenarios:
    === <kind> <encoding|-> <errors|-> <newline as hex code points|-> <max_size> <dir as hex>
followed by one operation per line (arguments after a space; text as hex code points separated by '.'):
    w TEXT    write          r N    read(N)        l N   readline(N)   L    readlines()
    t         tell           s K    seek(K-th tell's cookie)           z    seek(0)
    c         seek(0, 1)     e      seek(0, 2)     T     truncate()    T N  truncate(N)
    N         newlines       B      the file's bytes                   P    the bytes' position
    X HEX     the file's bytes replaced (and seek(0))                  O    rollover()
    E         encoding and errors                  C     close()
<kind> is temp, named or spooled. An operation that raises prints ERR and the kind of error.
"""
import os
import sys
import tempfile


def text(h):
    return ''.join(chr(int(c, 16)) for c in h.split('.')) if h else ''


def hexs(s):
    return '.'.join('%x' % ord(c) for c in s)


def kind(e):
    for k in (UnicodeError, LookupError, ValueError, OSError):
        if isinstance(e, k):
            return k.__name__
    # Java has IllegalArgumentException for both (a decoding error handler that only encodes is a TypeError)
    return 'ValueError' if isinstance(e, TypeError) else type(e).__name__


def newlines(n):
    if n is None:
        return ''
    return '|'.join(hexs(x) for x in ((n,) if isinstance(n, str) else n))


def raw(f):
    # the bytes below: a real file's descriptor, or a SpooledTemporaryFile's BytesIO
    f.flush()
    if isinstance(f, tempfile.SpooledTemporaryFile) and not f._rolled:
        return None
    return f.fileno()


def run(header, ops):
    _, kind_, enc, err, nl, max_size, d = header.split(' ')
    kw = dict(mode='w+', encoding=None if enc == '-' else enc, errors=None if err == '-' else err,
              newline=None if nl == '-' else text(nl), dir=bytes.fromhex(d).decode('utf-8', 'surrogateescape'))
    if kind_ == 'temp':
        f = tempfile.TemporaryFile(**kw)
    elif kind_ == 'named':
        f = tempfile.NamedTemporaryFile(**kw)
    else:
        f = tempfile.SpooledTemporaryFile(max_size=int(max_size), **kw)
    cookies = []
    for op in ops:
        name, _, arg = op.partition(' ')
        try:
            if name == 'w':
                out = f.write(text(arg))
            elif name == 'r':
                out = hexs(f.read(int(arg)))
            elif name == 'l':
                out = hexs(f.readline(int(arg)))
            elif name == 'L':
                # readlines() iterates, and iterating turns tell() off until the end or a flush(); Osprey's does
                # not, so the lines are read as its are
                out = '|'.join(hexs(x) for x in iter(f.readline, ''))
            elif name == 't':
                out = f.tell()
                cookies.append(out)
            elif name == 's':
                out = f.seek(cookies[int(arg)])
            elif name == 'z':
                out = f.seek(0)
            elif name == 'c':
                out = f.seek(0, 1)
            elif name == 'e':
                out = f.seek(0, 2)
            elif name == 'T':
                out = f.truncate(int(arg)) if arg else f.truncate()
            elif name == 'N':
                # a NamedTemporaryFile's wrapper keeps the first value it was asked for: ask the file itself
                out = newlines(getattr(f, 'file', f).newlines)
            elif name == 'B':
                fd = raw(f)
                out = '-' if fd is None else os.pread(fd, 1 << 24, 0).hex()
            elif name == 'P':
                # where the bytes' next write goes (a BufferedRandom's read-ahead is not a position)
                out = '-' if raw(f) is None else getattr(f, '_file', f).buffer.tell()
            elif name == 'X':
                f.flush()  # Osprey writes through: nothing of CPython's may be left to write over the new bytes
                fd = f.fileno()
                os.ftruncate(fd, 0)
                os.pwrite(fd, bytes.fromhex(arg), 0)
                out = f.seek(0)
            elif name == 'O':
                f.rollover()
                out = ''
            elif name == 'E':
                out = '%s %s' % (f.encoding, f.errors)
            elif name == 'C':
                f.close()
                out = ''
            else:
                raise AssertionError(op)
            print(op, '->', out)
        except Exception as e:
            print(op, '->', 'ERR', kind(e))
    f.close()


def main():
    header, ops = None, []
    for line in sys.stdin.read().split('\n'):
        if line.startswith('==='):
            if header:
                print(header)
                run(header, ops)
            header, ops = line, []
        elif line:
            ops.append(line)
    if header:
        print(header)
        run(header, ops)


main()
