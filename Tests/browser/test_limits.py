#!/usr/bin/env python3
"""Every limit of `klarsvar serve`, over raw sockets against the built binary with its default
settings: an oversized body, a bad Host, a cross-origin request, a malformed request line, too many
and too large header fields, a long request line, a slowloris, too many connections, 1,000 requests in
a row; after each the server still answers.

Usage: test_limits.py KLARSVAR_BINARY"""

import json
import select
import socket
import sys
import time

from served import Checks, Served


def exchange(port, raw, timeout=15.0):
    """Sends raw bytes, returns (status, headers, body) of the first answer; None when closed silently."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(raw)
        return read_answer(connection)


def read_answer(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(lines[0].split(" ")[1]), headers, body[:length]


def request(port, method, path, body=b"", headers=(), host=None):
    head = f"{method} {path} HTTP/1.1\r\nHost: {host or f'127.0.0.1:{port}'}\r\nConnection: close\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in headers)
    if body or method == "POST":
        head += f"Content-Length: {len(body)}\r\n"
    return exchange(port, head.encode() + b"\r\n" + body)


def still_serving(port):
    answer = request(port, "GET", "/api/health")
    return answer is not None and answer[0] == 200 and json.loads(answer[2])["status"] == "ok"


def message(answer):
    return json.loads(answer[2])["error"]["message"] if answer else "(closed)"


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    check = Checks("HTTP limits")
    served = Served(sys.argv[1])
    port = served.port
    draft = json.dumps({"text": "Hej!\n\nVi återkommer inom kort.\n"}).encode()
    json_type = ("Content-Type", "application/json")

    big = request(port, "POST", "/api/check", b"x" * (10 * 1024 * 1024 + 1), headers=[json_type])
    check(big and big[0] == 413 and "10485760" in message(big), f"a body over 10 MB gets 413: {message(big)}")
    check(still_serving(port), "the server goes on after 413")
    bad_host = request(port, "GET", "/api/health", host=f"rebind.example:{port}")
    check(bad_host and bad_host[0] == 403, f"a foreign Host gets 403 (DNS rebinding): {message(bad_host)}")
    origin = request(port, "POST", "/api/check", draft, headers=[json_type, ("Origin", "http://evil.example")])
    check(origin and origin[0] == 403, f"a cross-origin request gets 403: {message(origin)}")
    for line in [b"GARBAGE", b"GET / HTTP/9.9x", b"GET /\x00 HTTP/1.1", b"\x16\x03\x01\x02\x00"]:
        answer = exchange(port, line + b"\r\nHost: 127.0.0.1\r\n\r\n")
        check(answer and answer[0] == 400, f"malformed request line {line!r} gets 400: {message(answer)}")
    check(still_serving(port), "the server goes on after malformed requests")
    fields = "".join(f"X-Field-{index}: 1\r\n" for index in range(101))
    many = exchange(port, f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n{fields}\r\n".encode())
    check(many and many[0] == 431, f"more than 100 header fields get 431: {message(many)}")
    large = exchange(port, b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"b" * 33_000 + b"\r\n\r\n")
    check(large and large[0] == 431, f"a header block over 32 KB gets 431: {message(large)}")
    long = exchange(port, b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    check(long and long[0] == 414, f"a request line over 8 KB gets 414: {message(long)}")
    check(still_serving(port), "the server goes on after oversized heads")

    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=20) as slow:
        slow.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        for second in range(13):
            if select.select([slow], [], [], 1.0)[0]:
                break  # the server answered
            if second == 0:
                check(still_serving(port), "others are served while a slow client drips its head")
            slow.sendall(b"X-Drip: 1\r\n")
        answer = read_answer(slow)
    waited = time.monotonic() - started
    check(answer and answer[0] == 408 and 9.5 < waited < 12, f"slowloris gets 408 at the 10 s header timeout ({waited:.1f} s)")

    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        statuses = []
        for index in range(1000):
            body = json.dumps({"text": f"Hej!\n\nVi återkommer inom kort, nummer {index}.\n"}).encode()
            head = f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            connection.sendall(head.encode() + body)
            statuses.append(read_answer(connection)[0])
    check(statuses == [200] * 1000, "1,000 checks in a row on one connection all answer 200")
    status, errors = served.stop()
    check(status == 0, "SIGTERM stops it cleanly")

    small = Served(sys.argv[1], "--max-connections", "3", "--max-body", "1")
    held = [socket.create_connection(("127.0.0.1", small.port), timeout=10) for _ in range(3)]
    time.sleep(0.2)
    refused = request(small.port, "GET", "/api/health")
    check(refused and refused[0] == 503, f"a fourth connection gets 503 with --max-connections 3: {message(refused)}")
    for connection in held:
        connection.close()
    time.sleep(0.2)
    check(still_serving(small.port), "served again once they close")
    over = request(small.port, "POST", "/api/check", b"x" * (1024 * 1024 + 1), headers=[json_type])
    check(over and over[0] == 413, "--max-body 1 refuses a body of 1 MB and a byte")
    check(small.stop()[0] == 0, "and stops cleanly")
    check.done()


if __name__ == "__main__":
    main()
