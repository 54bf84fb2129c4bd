"""`klarsvar serve` as a child process for the browser and HTTP tests: started on a free port,
stopped with SIGTERM, its exit status checked."""

import re
import signal
import subprocess
import sys
import time


class Served:
    def __init__(self, binary, *arguments, cwd=None):
        self.process = subprocess.Popen(
            [binary, "serve", "--port", "0", *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            text=True,
        )
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not found:
            self.process.kill()
            raise SystemExit(f"klarsvar serve printed no address: {line!r} {self.process.stderr.read()}")
        self.port = int(found.group(1))
        self.url = found.group(0)

    def stop(self):
        """SIGTERM, then the exit status (0 for a clean stop) and standard error."""
        self.process.send_signal(signal.SIGTERM)
        try:
            status = self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise SystemExit("klarsvar serve did not stop within 10 s of SIGTERM")
        return status, self.process.stderr.read()


class Checks:
    """Counts passed checks and stops at the first failure, naming it."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.started = time.monotonic()

    def __call__(self, condition, message):
        if not condition:
            print(f"{self.name}: FAILED: {message}", file=sys.stderr)
            raise SystemExit(1)
        self.passed += 1
        print(f"  ok  {message}")

    def done(self):
        print(f"{self.name}: {self.passed} checks passed in {time.monotonic() - self.started:.1f} s")
