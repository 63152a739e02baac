#!/usr/bin/env python3
"""Whole-program timings in a real pseudo-terminal, the same way for any program.

    Benchmarks/pty-bench.py --ready 'Students (' --quit q -- .build/release/learnerled --data /tmp/big
    Benchmarks/pty-bench.py --ready 'GNU nano' --quit $'\\x18' -- nano /tmp/small.txt

For each run: time until the ready text is on screen (first frame), until output goes quiet (settled),
then after a Down key until the answer to it goes quiet, and the peak memory (max RSS) of the program.
Prints the median, min and max of each over the runs.
"""
import argparse, fcntl, os, pty, select, statistics, struct, termios, time

QUIET = 0.05  # seconds without output that count as "settled"


def read_until(fd, deadline, want=None, quiet=QUIET):
    """Reads until `want` shows (if given) and then no output for `quiet` seconds. Returns (seen_at, last_byte_at)."""
    buf, seen, last = b"", None, None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            if (want is None or seen is not None) and last is not None:
                break
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        last = time.monotonic()
        buf += chunk
        if want is not None and seen is None and want in buf:
            seen = last
    return seen, last


def one_run(cmd, ready, quit_keys, cols, rows):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen, settled = read_until(fd, start + 20, ready.encode())
    down_sent = time.monotonic()
    os.write(fd, b"\x1bOB")  # Down, as a terminal sends it in keypad (application) mode
    _, down_done = read_until(fd, down_sent + 5)
    os.write(fd, quit_keys.encode())
    read_until(fd, time.monotonic() + 5, quiet=0.2)
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    return {
        "first frame ms": (seen - start) * 1000 if seen else float("nan"),
        "settled ms": (settled - start) * 1000 if settled else float("nan"),
        "Down → settled ms": (down_done - down_sent) * 1000 if down_done else float("nan"),
        "peak memory MiB": usage.ru_maxrss / 1024,
    }


def teacher_run(cmd, ready, passphrase, cols, rows):
    """The teacher's way in: F2 at sign-in, the passphrase, Enter. Times Enter → the class list settled (every
    student's counts read), and the passphrase check alone is not separated out: it is part of what the teacher waits."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    read_until(fd, time.monotonic() + 20, ready.encode())
    os.write(fd, b"\x1bOQ")  # F2
    read_until(fd, time.monotonic() + 5)
    os.write(fd, passphrase.encode())
    read_until(fd, time.monotonic() + 5)
    sent = time.monotonic()
    os.write(fd, b"\r")
    seen, settled = read_until(fd, sent + 20, b"Students (", quiet=0.1)
    os.write(fd, b"\x03")
    read_until(fd, time.monotonic() + 5, quiet=0.2)
    os.kill(pid, 9)
    os.wait4(pid, 0)
    os.close(fd)
    return {
        "class list shown ms": (seen - sent) * 1000 if seen else float("nan"),
        "every count in ms": (settled - sent) * 1000 if settled else float("nan"),
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ready", required=True, help="text that shows the first frame is drawn")
    p.add_argument("--quit", default="q", help="keys that quit the program")
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--size", default="100x30")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    cols, rows = map(int, a.size.split("x"))
    one_run(cmd, a.ready, a.quit, cols, rows)  # warm-up: file cache, dynamic loader
    runs = [one_run(cmd, a.ready, a.quit, cols, rows) for _ in range(a.runs)]
    print(f"{' '.join(cmd)}  ({a.runs} runs, {a.size})")
    for key in runs[0]:
        values = [r[key] for r in runs]
        print(f"  {key:20} median {statistics.median(values):8.2f}   min {min(values):8.2f}   max {max(values):8.2f}")


if __name__ == "__main__":
    main()
