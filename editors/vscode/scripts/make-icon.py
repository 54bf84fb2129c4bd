#!/usr/bin/env python3
"""Draws the extension's icon, images/icon.png: a 128x128 speech bubble with a check mark.

Only the standard library (zlib and struct write the PNG); 4x4 samples a pixel smooth the edges. The
pixels are the same on every run, so the committed PNG is this script's output:
`python3 scripts/make-icon.py --check` exits 1 when its size or pixels differ (compared decompressed:
another zlib may pack the same pixels into other bytes).
"""
import math
import os
import struct
import sys
import zlib

SIZE = 128
SAMPLES = 4
BUBBLE = (31, 95, 168)  # klarsvar blue
CHECK = (255, 255, 255)
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "images", "icon.png")


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2 and left <= x <= right and top <= y <= bottom


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def distance_to_segment(x, y, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy))


def in_bubble(x, y):
    return in_rounded_rect(x, y, 8, 12, 120, 94, 22) or in_triangle(x, y, (28, 86), (58, 86), (22, 118))


def in_check(x, y):
    points = [(36, 53), (55, 72), (92, 34)]
    return any(distance_to_segment(x, y, points[i], points[i + 1]) <= 6.5 for i in range(len(points) - 1))


def pixels():
    rows = []
    step = 1.0 / SAMPLES
    for py in range(SIZE):
        row = bytearray([0])  # filter type 0 for the scanline
        for px in range(SIZE):
            bubble = check = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x, y = px + (sx + 0.5) * step, py + (sy + 0.5) * step
                    if in_bubble(x, y):
                        if in_check(x, y):
                            check += 1
                        else:
                            bubble += 1
            covered = bubble + check
            if covered == 0:
                row += bytes(4)
                continue
            colour = [round((BUBBLE[i] * bubble + CHECK[i] * check) / covered) for i in range(3)]
            row += bytes(colour + [round(255 * covered / SAMPLES**2)])
        rows.append(bytes(row))
    return b"".join(rows)


def png(raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def decoded(data):
    """The IHDR fields and the decompressed pixel rows of a PNG this script wrote."""
    position, header, idat = 8, b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    return header, zlib.decompress(idat)


def main():
    data = png(pixels())
    if "--check" in sys.argv:
        with open(TARGET, "rb") as committed:
            if decoded(committed.read()) != decoded(data):
                print("make-icon: images/icon.png differs from the script's output (run: python3 scripts/make-icon.py)")
                return 1
        print("make-icon: images/icon.png matches")
        return 0
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with open(TARGET, "wb") as out:
        out.write(data)
    print(f"make-icon: wrote {os.path.relpath(TARGET)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
