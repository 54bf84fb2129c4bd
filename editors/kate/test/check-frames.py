#!/usr/bin/env python3
"""Reads the LSP frames Kate and klarsvar exchanged (as the wrapper server logged them) and checks
that Kate opened FILE with the expected language id and that klarsvar published diagnostics for it.

Usage: check-frames.py CLIENT_LOG SERVER_LOG FILE LANGUAGE_ID RULE [RULE...] [--error RULE]
Prints the diagnostics published last for FILE; exits 0 when every check holds, 1 otherwise (also
while the frames have not arrived yet: run.sh polls).
"""
import json
import sys


def frames(path):
    """The complete JSON-RPC messages in a log of raw frames; a frame cut off at the end is left out."""
    try:
        data = open(path, "rb").read()
    except FileNotFoundError:
        return []
    messages, position = [], 0
    while True:
        header_end = data.find(b"\r\n\r\n", position)
        if header_end < 0:
            return messages
        length = None
        for line in data[position:header_end].split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        body_start = header_end + 4
        if length is None or body_start + length > len(data):
            return messages
        messages.append(json.loads(data[body_start : body_start + length]))
        position = body_start + length


def main(argv):
    error_rules = []
    while "--error" in argv:
        index = argv.index("--error")
        error_rules.append(argv[index + 1])
        del argv[index : index + 2]
    client_log, server_log, file_name, language_id, *rules = argv
    problems = []

    opened = [
        message["params"]["textDocument"]
        for message in frames(client_log)
        if message.get("method") == "textDocument/didOpen"
        and message["params"]["textDocument"]["uri"].endswith("/" + file_name)
    ]
    if not opened:
        print(f"FAIL: Kate did not send textDocument/didOpen for {file_name}")
        return 1
    document = opened[-1]
    if document["languageId"] != language_id:
        problems.append(f'Kate opened {file_name} as "{document["languageId"]}", not "{language_id}"')

    published = [
        message["params"]
        for message in frames(server_log)
        if message.get("method") == "textDocument/publishDiagnostics"
        and message["params"]["uri"] == document["uri"]
    ]
    if not published:
        print(f"FAIL: klarsvar published no diagnostics for {document['uri']}")
        return 1
    diagnostics = published[-1]["diagnostics"]
    for diagnostic in diagnostics:
        start = diagnostic["range"]["start"]
        print(
            f"{file_name}:{start['line'] + 1}:{start['character'] + 1}: severity {diagnostic.get('severity')} "
            f"[{diagnostic.get('code')}] {diagnostic['message']}"
        )
    severities = {diagnostic.get("code"): diagnostic.get("severity") for diagnostic in diagnostics}
    for rule in rules + error_rules:
        if rule not in severities:
            problems.append(f"no {rule} diagnostic for {file_name}")
    for rule in error_rules:
        if rule in severities and severities[rule] != 1:
            problems.append(f"{rule} has severity {severities[rule]}, not 1 (error) as the settings say")
    for problem in problems:
        print("FAIL: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
