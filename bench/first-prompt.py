#!/usr/bin/env python3
"""Time from start to the REPL's first prompt on its output, side by side with the time from start to a
plain `java Hello`'s line, and the ratio. Each command runs in turn, RUNS times; medians are printed.

    bench/first-prompt.py HELLO_CLASSPATH [GLOSSARY_HOME ...]

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


def median_ms(cmd, marker, env, answer=None):
    time_until(cmd, marker, env, answer)
    return 1000 * statistics.median(time_until(cmd, marker, env, answer) for _ in range(RUNS))


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    hello_cp, homes = sys.argv[1], sys.argv[2:] or [None]
    launcher = os.environ.get("GLOSSARY", os.path.join(ROOT, "bin", "glossary"))
    base = median_ms(["java", "-cp", hello_cp, "Hello"], b"hello", dict(os.environ))
    print(f"{'command':<40} {'median':>9} {'ratio':>7}")
    print(f"{'java Hello':<40} {base:6.0f} ms {1:6.2f}x")
    for home in homes:
        env = dict(os.environ)
        if home:
            env["GLOSSARY_HOME"] = home
        ms = median_ms([launcher], b"due > ", env, b"quit\n")
        name = "REPL first prompt" + (f" ({os.path.basename(home)})" if home else "")
        print(f"{name:<40} {ms:6.0f} ms {ms / base:6.2f}x")


if __name__ == "__main__":
    main()
