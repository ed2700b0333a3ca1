#!/usr/bin/env python3
"""Time from start to the REPL's first prompt on its output, side by side with the time from start to a
plain `java Hello`'s line, and the ratio. The commands take turns, RUNS rounds after a warm-up, so that
the machine's drift falls on all of them alike; the medians are printed, and the ratio is the median of
each round's ratio to that round's `java Hello`.

    bench/first-prompt.py HELLO_CLASSPATH [[LABEL=]GLOSSARY_HOME ...]

The REPL is started with its input on a pipe, as a script would drive it; once the prompt (the text
ending in "due > ") has arrived, it is sent "quit". A home given is used as it is: to time a learner
with a long history, give a home holding one. GLOSSARY=path/to/bin/glossary times another build.
"""
import os
import statistics
import subprocess
import sys
import time

RUNS = int(os.environ.get("RUNS", "20"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def time_until(cmd, marker, env, answer=None):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    seen = b""
    while marker not in seen:
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit(f"{cmd[0]} ended before printing {marker!r}: {seen[-200:]!r}")
        seen += chunk
    elapsed = time.perf_counter() - start
    if answer is not None:
        proc.stdin.write(answer)
    proc.stdin.close()
    proc.stdout.read()
    proc.wait()
    return elapsed


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    hello_cp, homes = sys.argv[1], sys.argv[2:] or [None]
    launcher = os.environ.get("GLOSSARY", os.path.join(ROOT, "bin", "glossary"))
    runs = [("java Hello", ["java", "-cp", hello_cp, "Hello"], b"hello", dict(os.environ), None)]
    for home in homes:
        env = dict(os.environ)
        label = None
        if home:
            label, _, home = home.rpartition("=")
            env["GLOSSARY_HOME"] = home
        name = "REPL first prompt" + (f", {label or os.path.basename(home)}" if home else "")
        runs.append((name, [launcher], b"due > ", env, b"quit\n"))
    times = {name: [] for name, *_ in runs}
    for round_ in range(RUNS + 1):
        for name, cmd, marker, env, answer in runs:
            elapsed = time_until(cmd, marker, env, answer)
            if round_ > 0:
                times[name].append(1000 * elapsed)
    base = times["java Hello"]
    print(f"{'command':<56} {'median':>9} {'ratio':>7}")
    for name, *_ in runs:
        ratio = statistics.median(t / b for t, b in zip(times[name], base))
        print(f"{name:<56} {statistics.median(times[name]):6.0f} ms {ratio:6.2f}x")


if __name__ == "__main__":
    main()
