#!/usr/bin/env python3
"""Writes the small binary files of the evidence fixtures (PDFs, PNGs) so they can be re-made and read.

Run from this folder: python3 make-files.py. Output paths are relative to it.
"""
import os
import struct
import zlib


def pdf(text, image=False):
    """A one-page PDF; `text` is drawn in Helvetica (empty: no text at all); `image` adds a 1x1 image XObject (a scanned signature)."""
    content = b""
    if text:
        content += b"BT /F1 11 Tf 50 750 Td (" + text.encode("ascii") + b") Tj ET\n"
    if image:
        content += b"q 40 0 0 20 50 700 cm /Im1 Do Q\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>"
        + (b" /XObject << /Im1 6 0 R >>" if image else b"") + b" >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if image:
        objects.append(b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x00\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(gray):
    """A 1x1 grey PNG; a different `gray` gives a different file (one photo per person)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes([0, gray]))) + chunk(b"IEND", b""))


SIGNED = "Announcement of the agency structure and duties for fiscal year 2566, signed by the chief executive."


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


write("base/content/oit/2566/files/o1-structure.pdf", pdf(SIGNED, image=True))
write("base/content/data/portraits/p1.png", png(10))
write("base/content/data/portraits/p2.png", png(200))
write("typeset-signature/content/oit/2566/files/o1-structure.pdf", pdf(SIGNED))
write("scan-without-text/content/oit/2566/files/o1-structure.pdf", pdf("", image=True))
write("not-a-pdf/content/oit/2566/files/o1-structure.pdf", b"<html><body>not a PDF</body></html>\n")
write("empty-attachment/content/oit/2566/files/o1-structure.pdf", b"")
DIRECTORY = "Directory of the executives for fiscal year 2566: names, positions and telephone numbers."
write("photos-in-a-pdf-without-image/content/oit/2566/files/executives.pdf", pdf(DIRECTORY))
write("photos-in-a-pdf/content/oit/2566/files/executives.pdf", pdf(DIRECTORY, image=True))
write("data-in-a-document/content/oit/2566/files/complaints.pdf", pdf("Complaint statistics for fiscal year 2566 by quarter: total, completed, in progress."))
write("empty-text-attachment/content/oit/2566/files/o1-units.csv", b"")
