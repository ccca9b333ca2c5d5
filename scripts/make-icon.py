#!/usr/bin/env python3
"""Draws the Briefsmith icon: a page with coloured tag stripes. Standard library only.

    scripts/make-icon.py                      writes assets/icon.png (64x64)
    scripts/make-icon.py --packaging          also writes packaging/icons/hicolor/NxN/apps/briefsmith.png
                                              at the usual desktop sizes (16 to 512)

The drawing is defined on a 64-pixel grid and scaled, so every size is sharp.
"""
import pathlib, struct, sys, zlib

SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
repo = pathlib.Path(__file__).resolve().parent.parent


def draw(size):
    scale = size / 64
    px = [[(0, 0, 0, 0)] * size for _ in range(size)]
    at = lambda v: int(round(v * scale))
    line = max(1, int(round(scale)))

    def rect(x0, y0, x1, y1, c):
        for y in range(at(y0), at(y1)):
            for x in range(at(x0), at(x1)):
                px[y][x] = c

    ink = (60, 60, 70, 255)
    rect(10, 4, 54, 60, (250, 250, 245, 255))          # page
    for y in range(at(4), at(4) + line):                  # border
        for x in range(at(10), at(54)):
            px[y][x] = px[at(60) - 1 - (y - at(4))][x] = ink
    for x in range(at(10), at(10) + line):
        for y in range(at(4), at(60)):
            px[y][x] = px[y][at(54) - 1 - (x - at(10))] = ink
    rect(16, 12, 48, 16, (52, 120, 246, 255))          # actor
    rect(16, 22, 40, 26, (120, 120, 130, 255))
    rect(16, 32, 48, 36, (220, 53, 69, 255))           # threat
    rect(16, 42, 44, 46, (25, 160, 90, 255))           # quote
    rect(16, 50, 36, 54, (230, 150, 20, 255))          # key point
    raw = b"".join(b"\0" + bytes(v for p in row for v in p) for row in px)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def write(path, png):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png)
    print(f"wrote {path.relative_to(repo)} ({len(png)} bytes)")


write(repo / "assets" / "icon.png", draw(64))
if "--packaging" in sys.argv[1:]:
    for size in SIZES:
        write(repo / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "briefsmith.png", draw(size))
