"""A raw client for `klarsvar lsp`: sends any bytes, reads framed messages with a time bound."""

import json
import os
import queue
import signal
import subprocess
import threading
import time

from harness import Outcome

ANSWER_TIMEOUT = 30


class Server:
    def __init__(self, binary, folder, args=("lsp",)):
        self.folder = folder
        self.process = subprocess.Popen(
            [binary, *args], cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self.messages = queue.Queue()
        self.stderr = bytearray()
        self.next_id = 1000
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii", "replace").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers.get("content-length", "0")))
            try:
                self.messages.put(json.loads(body))
            except ValueError:
                self.messages.put({"unparsable": body[:200].decode("utf-8", "replace")})

    def _drain_stderr(self):
        for chunk in iter(lambda: self.process.stderr.read1(65536), b""):
            self.stderr += chunk[-65536:]

    # MARK: - Sending

    def send_raw(self, data):
        try:
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # the server may have ended; what it did is what the case asserts

    def send(self, message):
        body = json.dumps(message).encode() if not isinstance(message, bytes) else message
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, **({"params": params} if params is not None else {})})

    def request(self, method, params=None, timeout=ANSWER_TIMEOUT):
        """Sends a request and returns its response (answering any request the server makes meanwhile)."""
        self.next_id += 1
        ident = self.next_id
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, **({"params": params} if params is not None else {})})
        return self.wait_for(lambda m: m.get("id") == ident and "method" not in m, timeout, f"an answer to {method}")

    def initialize(self, options=None, process_id=None):
        answer = self.request(
            "initialize",
            {"processId": process_id, "rootUri": None, "capabilities": {}, "initializationOptions": options or {}},
        )
        self.notify("initialized", {})
        return answer

    def open(self, uri, text, language="markdown"):
        self.notify("textDocument/didOpen",
                    {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}})

    # MARK: - Receiving

    def wait_for(self, accept, timeout, what):
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Outcome("hang", f"no {what} within {timeout} s\n{self.log()}")
            try:
                message = self.messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                self.process.wait(timeout=5)
                code = self.process.returncode
                kind = "crash" if code is not None and code < 0 else "unclear"
                raise Outcome(kind, f"the server ended (exit {code}) before {what}\n{self.log()}")
            if "method" in message and "id" in message:  # a request from the server: answer it
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": [None] if "configuration" in
                           message["method"] else None})
            if accept(message):
                return message

    def diagnostics(self, uri, timeout=ANSWER_TIMEOUT):
        message = self.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri,
            timeout, f"diagnostics for {uri}",
        )
        return message["params"]["diagnostics"]

    def alive_and_answering(self):
        """The server still answers: a hover on a closed document comes back (null or an error)."""
        answer = self.request("textDocument/hover", {"textDocument": {"uri": "file:///inget.md"},
                                                     "position": {"line": 0, "character": 0}})
        if self.process.poll() is not None:
            raise Outcome("unclear", f"the server ended while answering\n{self.log()}")
        return answer

    def finish(self, timeout=20):
        """shutdown + exit: the server must end with 0; a signal is a crash."""
        if self.process.poll() is None:
            try:
                self.request("shutdown", timeout=timeout)
            finally:
                self.notify("exit")
        return self.wait_exit(timeout)

    def wait_exit(self, timeout=20):
        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            raise Outcome("hang", f"the server did not end within {timeout} s\n{self.log()}")
        if code < 0:
            raise Outcome("crash", f"the server died from {signal.Signals(-code).name}\n{self.log()}")
        if b"Fatal error" in self.stderr:
            raise Outcome("crash", self.log())
        return code

    def kill(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def log(self):
        return "server stderr: " + self.stderr[-1500:].decode("utf-8", "replace")
