#!/usr/bin/env python3
"""Draws assets/icon.png (64x64): a page with coloured tag stripes. Standard library only."""
import struct, zlib, pathlib

W = H = 64
px = [[(0, 0, 0, 0)] * W for _ in range(H)]

def rect(x0, y0, x1, y1, c):
    for y in range(y0, y1):
        for x in range(x0, x1):
            px[y][x] = c

rect(10, 4, 54, 60, (250, 250, 245, 255))          # page
for x in range(10, 54):                              # border
    px[4][x] = px[59][x] = (60, 60, 70, 255)
for y in range(4, 60):
    px[y][10] = px[y][53] = (60, 60, 70, 255)
rect(16, 12, 48, 16, (52, 120, 246, 255))          # actor
rect(16, 22, 40, 26, (120, 120, 130, 255))
rect(16, 32, 48, 36, (220, 53, 69, 255))           # threat
rect(16, 42, 44, 46, (25, 160, 90, 255))           # quote
rect(16, 50, 36, 54, (230, 150, 20, 255))          # key point

raw = b"".join(b"\0" + bytes(v for p in row for v in p) for row in px)
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
out = pathlib.Path(__file__).resolve().parent.parent / "assets" / "icon.png"
out.write_bytes(png)
print(f"wrote {out} ({len(png)} bytes)")
