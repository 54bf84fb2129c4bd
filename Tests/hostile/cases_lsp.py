"""`klarsvar lsp` fed what a broken or hostile client sends: bad frames, bad JSON, bad positions, huge
documents, unknown methods. The server must answer or resynchronise, never go silent, never crash."""

import subprocess

from harness import LETTER, case, expect
from lsp_client import Server

CASES = []
URI = "file:///tmp/klarsvar-hostile/brev.md"


def lsp(name, pending=None, initialize=True, registry=CASES):
    """Registers a case that gets an initialized server and ends it with shutdown and exit (status 0)."""

    def register(body):
        def run(ctx):
            server = Server(ctx.binary, ctx.folder)
            try:
                if initialize:
                    server.initialize()
                body(server)
                if server.process.poll() is None:
                    code = server.finish()
                    expect(code == 0, f"exit {code} after shutdown and exit\n{server.log()}")
            finally:
                server.kill()

        case(registry, "lsp", name, pending)(run)
        return body

    return register


def expect_error(answer, code=None):
    expect("error" in answer, f"an error answer expected: {answer}")
    if code is not None:
        expect(answer["error"]["code"] == code, f"error code {answer['error']['code']}, expected {code}: {answer}")


def frame(body):
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


HOVER = {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}


# MARK: - Frames


@lsp("a plain session: initialize, open, diagnostics, shutdown, exit")
def _(server):
    server.open(URI, LETTER)
    expect(any("commitment" in d.get("code", "") for d in server.diagnostics(URI)), "the letter's finding")


for label, header in [
    ("Content-Length: abc", b"Content-Length: abc\r\n\r\n{}"),
    ("Content-Length: -5", b"Content-Length: -5\r\n\r\n{}"),
    ("Content-Length: 1e14", b"Content-Length: 1e14\r\n\r\n{}"),
    ("Content-Length: 99999999999999999999", b"Content-Length: 99999999999999999999\r\n\r\n"),
    ("a header without Content-Length", b"Content-Type: application/json\r\n\r\n{}"),
    ("a line of garbage instead of a header", b"hello there\r\n\r\n"),
    ("a header ended by \\n\\n", b"Content-Length: 2\n\n{}"),
    ("a too-small length", b'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","id":7,"method":"x"}'),
    ("Content-Length twice", b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
    ("a 10 KB header line", b"X-Junk: " + b"a" * 10_000 + b"\r\n\r\n"),
    ("NUL bytes before a header", b"\x00" * 100),
    ("a lone \\r\\n", b"\r\n"),
]:

    @lsp(f"after {label} the server answers the next request")
    def _(server, header=header):
        server.send_raw(header)
        server.alive_and_answering()


@lsp("a body cut short by the end of the input ends the server without a crash")
def _(server):
    server.send_raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\":")
    code = server.wait_exit()
    expect(code in (0, 1), f"exit {code}")


@lsp("a length of 1e14 then the end of input")
def _(server):
    server.send_raw(b"Content-Length: 100000000000000\r\n\r\n")
    expect(server.wait_exit() in (0, 1), "an orderly end")


@lsp("the input ends without shutdown: exit 1, no crash", initialize=True)
def _(server):
    expect(server.wait_exit() == 1, "exit 1 without shutdown")


# MARK: - JSON


for label, body in [
    ("unparsable JSON", b"{nope"),
    ("an empty body", b""),
    ("invalid UTF-8", b'{"jsonrpc":"2.0","id":1,"method":"\xff"}'),
    ("a JSON string", b'"hej"'),
    ("a JSON number", b"42"),
    ("an empty batch", b"[]"),
    ("a batch of requests", b'[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]'),
    ("100,000 nested arrays", b"[" * 100_000 + b"]" * 100_000),
    ("100,000 nested objects", b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    ("a request without a method", b'{"jsonrpc":"2.0","id":5}'),
]:

    @lsp(f"{label} gets an error with id null or is dropped, and the server goes on")
    def _(server, body=body):
        server.send(body)
        server.alive_and_answering()


@lsp("unparsable JSON is answered with a JSON-RPC error whose id is null")
def _(server):
    server.send(b"{nope")
    answer = server.wait_for(lambda m: "error" in m and m.get("id") is None, 20, "a parse error with id null")
    expect(answer["error"]["code"] == -32700, f"code {answer['error']['code']}")


for label, ident in [("an object id", {"a": 1}), ("a float id", 1.5), ("a huge id", 10**30), ("a null id", None)]:

    @lsp(f"a request with {label}")
    def _(server, ident=ident):
        server.send({"jsonrpc": "2.0", "id": ident, "method": "textDocument/hover", "params": HOVER})
        server.alive_and_answering()


# MARK: - Methods and lifecycle


@lsp("an unknown request gets MethodNotFound")
def _(server):
    expect_error(server.request("klarsvar/finnsInte", {}), -32601)


@lsp("an unknown notification is ignored")
def _(server):
    server.notify("klarsvar/finnsInte", {"a": 1})
    server.notify("$/finnsInte")
    server.alive_and_answering()


@lsp("a request before initialize gets ServerNotInitialized", initialize=False)
def _(server):
    expect_error(server.request("textDocument/hover", HOVER), -32002)
    server.initialize()


@lsp("initialize twice")
def _(server):
    expect_error(server.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}))


@lsp("requests after shutdown get InvalidRequest")
def _(server):
    server.request("shutdown")
    expect_error(server.request("textDocument/hover", HOVER))
    server.notify("exit")
    expect(server.wait_exit() == 0, "exit 0 after shutdown")


@lsp("exit without shutdown ends with 1")
def _(server):
    server.notify("exit")
    expect(server.wait_exit() == 1, "exit 1")


@lsp("a client processId that does not exist ends the server", initialize=False)
def _(server):
    gone = subprocess.Popen(["true"])
    gone.wait()
    server.initialize(process_id=gone.pid)
    expect(server.wait_exit(timeout=30) in (0, 1), "the server ended by itself")


@lsp("$/cancelRequest for an unknown id")
def _(server):
    server.notify("$/cancelRequest", {"id": 987654})
    server.alive_and_answering()


@lsp("workspace/executeCommand with an unknown command")
def _(server):
    answer = server.request("workspace/executeCommand", {"command": "rm -rf", "arguments": []})
    expect("error" in answer or "result" in answer, f"an answer: {answer}")


for label, params in [
    ("null params", None),
    ("params that are a list", [1, 2]),
    ("a document without text", {"textDocument": {"uri": URI}}),
    ("a uri that is not a URI", {"textDocument": {"uri": "::::", "languageId": "markdown", "version": 1, "text": "x"}}),
    ("a languageId never heard of", {"textDocument": {"uri": URI, "languageId": "klarsvar", "version": 1,
                                                      "text": LETTER}}),
    ("version as a string", {"textDocument": {"uri": URI, "languageId": "markdown", "version": "ett", "text": "x"}}),
]:

    @lsp(f"didOpen with {label}")
    def _(server, params=params):
        server.notify("textDocument/didOpen", params)
        server.alive_and_answering()


@lsp("workspace/didChangeConfiguration with garbage settings")
def _(server):
    for settings in (None, 5, "x", [1], {"klarsvar": {"minSeverity": 7, "rulePaths": 3, "kind": {}}}):
        server.notify("workspace/didChangeConfiguration", {"settings": settings})
    server.open(URI, LETTER)
    server.diagnostics(URI)
    server.alive_and_answering()
