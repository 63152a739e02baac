#!/usr/bin/env python3
"""Whole-program timings in a real pseudo-terminal, the same way for any program.

    Benchmarks/pty-bench.py --ready 'Students (' --quit q -- .build/release/learnerled --data /tmp/big
    Benchmarks/pty-bench.py --ready 'GNU nano' --quit $'\\x18' -- nano /tmp/small.txt

For each run: time until the ready text is on screen (first frame), until output goes quiet (settled),
then after a Down key until the answer to it goes quiet, and the peak memory (max RSS) of the program.
Prints the median, min and max of each over the runs.
"""
import argparse, fcntl, os, pty, select, statistics, struct, termios, time, unicodedata

QUIET = 0.05  # seconds without output that count as "settled"
# Seconds the teacher's Down waits after the class list settles (its last students may still be freed then). A key
# set against it must wait as long: after a pause, code and data have left the caches, and a key waits longer.
TEACHER_PAUSE = 0.3


class Screen:
    """What the terminal shows, as far as finding a ready text needs: cursor moves, erasing and text. A program sends
    only the cells that changed, so a text is looked for on the screen, where a person reads it, not in the bytes
    (a word that shares letters with what was there before arrives in pieces)."""

    def __init__(self, cols, rows):
        self.cols, self.rows = cols, rows
        self.cells = [[" "] * cols for _ in range(rows)]
        self.x = self.y = 0
        self.pending = b""

    def text(self):
        return "\n".join("".join(row) for row in self.cells)

    def feed(self, data):
        data, self.pending = self.pending + data, b""
        i, n = 0, len(data)
        while i < n:
            b = data[i]
            if b == 0x1B:
                if i + 1 >= n:
                    self.pending = data[i:]
                    return
                c = data[i + 1]
                if c == 0x5B:  # CSI: parameters, then a final byte
                    j = i + 2
                    while j < n and not 0x40 <= data[j] <= 0x7E:
                        j += 1
                    if j >= n:
                        self.pending = data[i:]
                        return
                    self.csi(data[i + 2:j].decode("latin-1"), chr(data[j]))
                    i = j + 1
                elif c == 0x5D:  # OSC, to BEL or ESC \
                    ends = [e for e in (data.find(b"\x07", i), data.find(b"\x1b\\", i)) if e >= 0]
                    if not ends:
                        self.pending = data[i:]
                        return
                    i = min(ends) + (1 if data[min(ends)] == 0x07 else 2)
                else:  # ESC ( B, ESC = and the like
                    i += 3 if c in (0x28, 0x29) else 2
            elif b < 0x20 or b == 0x7F:
                if b == 0x0D:
                    self.x = 0
                elif b == 0x0A:
                    self.y = min(self.rows - 1, self.y + 1)
                elif b == 0x08:
                    self.x = max(0, self.x - 1)
                i += 1
            else:
                length = 1 if b < 0x80 else 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                if i + length > n:
                    self.pending = data[i:]
                    return
                ch = data[i:i + length].decode("utf-8", "replace")
                i += length
                if unicodedata.combining(ch):
                    continue
                width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
                if self.x + width > self.cols:
                    self.x, self.y = 0, min(self.rows - 1, self.y + 1)
                self.cells[self.y][self.x] = ch
                if width == 2:
                    self.cells[self.y][self.x + 1] = ""
                self.x += width

    def csi(self, params, final):
        if params[:1] in ("?", ">", "="):
            return
        nums = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
        first = nums[0] if nums else 0
        if final in "Hf":
            self.y = min(self.rows - 1, max(0, (first or 1) - 1))
            self.x = min(self.cols - 1, max(0, ((nums[1] if len(nums) > 1 else 0) or 1) - 1))
        elif final == "J":
            rows = range(self.rows) if first == 2 else range(self.y + 1, self.rows) if first == 0 else range(0)
            for r in rows:
                self.cells[r] = [" "] * self.cols
            if first == 0:
                self.cells[self.y][self.x:] = [" "] * (self.cols - self.x)
        elif final == "K" and first == 0:
            self.cells[self.y][self.x:] = [" "] * (self.cols - self.x)
        elif final == "X":
            for k in range(self.x, min(self.cols, self.x + (first or 1))):
                self.cells[self.y][k] = " "
        elif final == "C":
            self.x = min(self.cols - 1, self.x + (first or 1))
        elif final == "D":
            self.x = max(0, self.x - (first or 1))
        elif final == "A":
            self.y = max(0, self.y - (first or 1))
        elif final == "B":
            self.y = min(self.rows - 1, self.y + (first or 1))
        elif final == "G":
            self.x = min(self.cols - 1, max(0, (first or 1) - 1))
        elif final == "d":
            self.y = min(self.rows - 1, max(0, (first or 1) - 1))


def read_until(fd, deadline, want=None, quiet=QUIET, screen=None):
    """Reads until `want` is on `screen` (if given; it needs the screen) and then no output for `quiet` seconds.
    Returns (seen_at, last_byte_at)."""
    seen, last = None, None
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
        if screen is not None:
            screen.feed(chunk)
            if want is not None and seen is None and want in screen.text():
                seen = last
    return seen, last


def spawn(cmd, cols, rows):
    """The program in a pseudo-terminal of `cols` × `rows`: its pid, the terminal's descriptor and a model screen."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd, Screen(cols, rows)


def one_run(cmd, ready, quit_keys, cols, rows, pause=0, at_first_frame=False):
    """`pause`: seconds to wait after the first frame settles before the Down (for work that draws nothing).
    `at_first_frame`: the Down is sent the moment the ready text is on screen, not once output settled — how long a
    key waits while the program is still reading."""
    start = time.monotonic()
    pid, fd, screen = spawn(cmd, cols, rows)
    seen, settled = read_until(fd, start + 20, ready, quiet=0 if at_first_frame else QUIET, screen=screen)
    if pause:
        time.sleep(pause)
        while select.select([fd], [], [], 0)[0] and os.read(fd, 65536):
            pass
    down_sent = time.monotonic()
    os.write(fd, b"\x1bOB")  # Down, as a terminal sends it in keypad (application) mode
    _, down_done = read_until(fd, down_sent + 5)
    os.write(fd, quit_keys.encode())
    read_until(fd, time.monotonic() + 5, quiet=0.2)
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    return {
        "first frame ms": (seen - start) * 1000 if seen else float("nan"),
        "settled ms": (settled - start) * 1000 if settled and not at_first_frame else float("nan"),
        "Down → settled ms": (down_done - down_sent) * 1000 if seen and down_done else float("nan"),
        "peak memory MiB": usage.ru_maxrss / 1024,
    }


def held_key_run(cmd, ready, key, shown, cols, rows):
    """A key pressed the moment the first frame shows that needs the whole file (it is held while the file is read):
    the time from it to `shown` on screen."""
    pid, fd, screen = spawn(cmd, cols, rows)
    read_until(fd, time.monotonic() + 20, ready, quiet=0, screen=screen)
    sent = time.monotonic()
    os.write(fd, key.encode())
    seen, _ = read_until(fd, sent + 5, shown, screen=screen)
    os.kill(pid, 9)
    os.wait4(pid, 0)
    os.close(fd)
    return (seen - sent) * 1000 if seen else float("nan")


def teacher_run(cmd, ready, passphrase, cols, rows):
    """The teacher's way in: F2 at sign-in, the passphrase, Enter. Times Enter → the class list settled (every
    student's counts read), and the passphrase check alone is not separated out: it is part of what the teacher waits.
    Then a Down on the class list, once everything is in, to its settled answer."""
    pid, fd, screen = spawn(cmd, cols, rows)
    read_until(fd, time.monotonic() + 20, ready, screen=screen)
    os.write(fd, b"\x1bOQ")  # F2
    read_until(fd, time.monotonic() + 5, screen=screen)
    os.write(fd, passphrase.encode())
    read_until(fd, time.monotonic() + 5, screen=screen)
    sent = time.monotonic()
    os.write(fd, b"\r")
    seen, settled = read_until(fd, sent + 20, "Students (", quiet=0.1, screen=screen)
    time.sleep(TEACHER_PAUSE)
    while select.select([fd], [], [], 0)[0] and os.read(fd, 65536):
        pass
    down_sent = time.monotonic()
    os.write(fd, b"\x1bOB")
    _, down_done = read_until(fd, down_sent + 5)
    os.write(fd, b"\x03")
    read_until(fd, time.monotonic() + 5, quiet=0.2)
    os.kill(pid, 9)
    os.wait4(pid, 0)
    os.close(fd)
    return {
        "class list shown ms": (seen - sent) * 1000 if seen else float("nan"),
        "every count in ms": (settled - sent) * 1000 if settled else float("nan"),
        "Down → settled ms": (down_done - down_sent) * 1000 if seen and down_done else float("nan"),
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
