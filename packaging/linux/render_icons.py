"""Render the app icon from its SVG into every raster file the app and its packages need.

    QT_QPA_PLATFORM=offscreen uv run python packaging/linux/render_icons.py

Source: resources/icons/hicolor/scalable/apps/<APP_ID>.svg (the one drawn file). Writes:

- resources/icons/hicolor/{48x48,128x128,256x256}/apps/<APP_ID>.png (runtime and Linux menus);
- packaging/windows/belimumab-companion.ico with 16, 24, 32, 48, 64, 128 and 256 px;
- packaging/macos/belimumab-companion.icns with 128, 256, 512 and 1024 px.

Every image is drawn by QSvgRenderer at its own size (never scaled from another bitmap) and
encoded by Qt's own image plugins. Qt's "ico" and "icns" writers store one image per file, so each
size is written on its own and this script only joins their entries into one file (both formats
are a plain directory of entries), zeroing the row padding Qt leaves uninitialised in ICO masks. A format that QImageWriter does not support is reported and
skipped, never produced some other way. Every file written is read back with QImageReader.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from belimumab_companion import APP_ID  # noqa: E402

HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
HICOLOR_SIZES = (48, 128, 256)
ICO_FILE = ROOT / "packaging" / "windows" / "belimumab-companion.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_FILE = ROOT / "packaging" / "macos" / "belimumab-companion.icns"
ICNS_SIZES = (128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    if not writer.write(image):
        raise RuntimeError(
            f"Qt could not write {fmt} at {image.width()} px: {writer.errorString()}"
        )
    buffer.close()
    return bytes(data.data())


def join_ico(singles: list[bytes]) -> bytes:
    """One ICO from several one-image ICOs: ICONDIR (6 bytes), 16-byte ICONDIRENTRYs, data."""
    entries: list[bytes] = []
    payloads: list[bytes] = []
    for single in singles:
        reserved, kind, count = struct.unpack_from("<HHH", single, 0)
        if (reserved, kind, count) != (0, 1, 1):
            raise RuntimeError("Qt's ICO writer produced an unexpected header")
        entry = single[6:22]
        size, offset = struct.unpack_from("<II", entry, 8)
        entries.append(entry[:8])
        payloads.append(_zero_mask_padding(single[offset : offset + size]))
    offset = 6 + 16 * len(singles)
    out = [struct.pack("<HHH", 0, 1, len(singles))]
    for head, payload in zip(entries, payloads, strict=True):
        out.append(head + struct.pack("<II", len(payload), offset))
        offset += len(payload)
    return b"".join(out + payloads)


def _zero_mask_padding(payload: bytes) -> bytes:
    """Qt's ICO writer leaves the padding at the end of each row of the 1-bit AND mask
    uninitialised, so every run wrote a different file. Padding carries no pixels (rows are
    padded to 4 bytes); it is set to zero here. Nothing else of Qt's encoding is changed."""
    header_size, width, double_height, _planes, bits = struct.unpack_from("<IiiHH", payload, 0)
    if payload[:8] == b"\x89PNG\r\n\x1a\n" or header_size != 40 or bits != 32:
        return payload
    height = double_height // 2
    row = (width + 31) // 32 * 4
    used = (width + 7) // 8
    mask_start = header_size + width * height * 4
    data = bytearray(payload)
    for y in range(height):
        start = mask_start + y * row
        data[start + used : start + row] = bytes(row - used)
    return bytes(data)


def join_icns(singles: list[bytes]) -> bytes:
    """One ICNS from several one-image ICNSs: 'icns' + length, then (type, length, data) blocks.
    Qt's table of contents ('TOC ') describes one image, so it is left out (it is optional)."""
    blocks: list[bytes] = []
    for single in singles:
        magic, total = struct.unpack_from(">4sI", single, 0)
        if magic != b"icns" or total != len(single):
            raise RuntimeError("Qt's ICNS writer produced an unexpected header")
        position = 8
        while position < total:
            kind, length = struct.unpack_from(">4sI", single, position)
            if kind != b"TOC ":
                blocks.append(single[position : position + length])
            position += length
    body = b"".join(blocks)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def read_back_sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes: list[int] = []
    for index in range(max(reader.imageCount(), 1)):
        reader.jumpToImage(index)
        image = reader.read()
        if image.isNull():
            raise RuntimeError(f"{path}: image {index} does not read back: {reader.errorString()}")
        sizes.append(image.width())
    return sorted(sizes)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is not a valid SVG", file=sys.stderr)
        return 1
    formats = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}

    for size in HICOLOR_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(encode(render(renderer, size), "png"))
        print(f"wrote {target.relative_to(ROOT)} {read_back_sizes(target)}")

    for fmt, target, sizes, join in (
        ("ico", ICO_FILE, ICO_SIZES, join_ico),
        ("icns", ICNS_FILE, ICNS_SIZES, join_icns),
    ):
        if fmt not in formats:
            print(f"QImageWriter does not support {fmt!r} here: {target.name} not written")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(join([encode(render(renderer, size), fmt) for size in sizes]))
        found = read_back_sizes(target)
        if found != sorted(sizes):
            print(f"{target}: reads back as {found}, expected {sorted(sizes)}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ROOT)} {found}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
