#!/usr/bin/env python3
"""Turns a terminal's coloured output (ANSI SGR codes, from stdin) into an SVG picture of the terminal.

Used for the README's picture of `klarsvar check`, so the picture shows real output and can be made again:

    klarsvar check examples/klagomal-hemtjanst.md --color always | docs/terminal-to-svg.py > docs/klarsvar-check.svg

Only the codes klarsvar writes are understood: reset, bold, dim and the eight foreground colours.
"""
import html
import re
import sys

COLOURS = {30: "#3b4252", 31: "#e0565b", 32: "#7fb069", 33: "#e5b567", 34: "#6c9bd2", 35: "#b48ead", 36: "#5fb3b3",
           37: "#e5e9f0"}
FOREGROUND = "#d8dee9"
BACKGROUND = "#1f2430"
CHAR_WIDTH = 8.4
LINE_HEIGHT = 18
PADDING = 14
MAX_COLUMNS = 150
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def spans(line):
    """(text, style) pieces of one line; style is (colour, bold, dim)."""
    style = [None, False, False]
    position = 0
    for match in SGR.finditer(line):
        if match.start() > position:
            yield line[position:match.start()], tuple(style)
        for code in [int(part) if part else 0 for part in match.group(1).split(";")]:
            if code == 0:
                style = [None, False, False]
            elif code == 1:
                style[1] = True
            elif code == 2:
                style[2] = True
            elif code in COLOURS:
                style[0] = COLOURS[code]
        position = match.end()
    if position < len(line):
        yield line[position:], tuple(style)


def main():
    lines = sys.stdin.read().rstrip("\n").split("\n")
    width = int(MAX_COLUMNS * CHAR_WIDTH + 2 * PADDING)
    height = int(len(lines) * LINE_HEIGHT + 2 * PADDING)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'role="img" aria-label="klarsvar check i en terminal">',
        f'<rect width="100%" height="100%" rx="8" fill="{BACKGROUND}"/>',
        '<g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" xml:space="preserve">',
    ]
    for number, line in enumerate(lines):
        y = PADDING + (number + 1) * LINE_HEIGHT - 5
        column = 0
        pieces = []
        for text, (colour, bold, dim) in spans(line):
            text = text[: max(0, MAX_COLUMNS - column)]
            if not text:
                continue
            attributes = f' fill="{colour or FOREGROUND}"'
            if bold:
                attributes += ' font-weight="bold"'
            if dim:
                attributes += ' opacity="0.65"'
            # Each piece at its own column, so every SVG renderer lines the columns up.
            x = PADDING + column * CHAR_WIDTH
            # No-break spaces: renderers collapse ordinary ones even under xml:space.
            shown = html.escape(text).replace(" ", "\u00a0")
            pieces.append(f'<tspan x="{x:.1f}"{attributes}>{shown}</tspan>')
            column += len(text)
        out.append(f'<text x="{PADDING}" y="{y}">{"".join(pieces)}</text>')
    out.append("</g></svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
