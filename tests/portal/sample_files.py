"""Files for the upload tests, hostile and honest, built in memory by the tests.

Each is small on disk and large once decoded, or lies about what it is. Nothing is
downloaded; nothing large is ever held decoded by the test process itself.
"""

import io
import struct
import zipfile
import zlib


def pdf(pages: list[tuple[float, float, str]]) -> bytes:
    """A minimal valid PDF: one page per (width, height in points, text) with a text layer."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for n, (width, height, text) in enumerate(pages):
        stream = f"BT /F1 12 Tf 10 {height - 30} Td ({text}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * n} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def tall_pdf() -> bytes:
    """About 1 KB; its first page is 100 x 14,400 pt (a preview 1,000 px wide is 144 Mpx)."""
    return pdf([(100, 14400, "Trang rat dai")])


def html_claiming_pdf() -> bytes:
    return b"<!doctype html><!-- %PDF- --><html><script>alert(document.cookie)</script></html>"


# Office Open XML: the parts python-docx needs to open a document.
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(paragraphs: list[str] | None = None, document_xml: bytes | None = None) -> bytes:
    """A Word file python-docx reads: the given paragraphs, or a ready document.xml."""
    if document_xml is None:
        body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs or [])
        document_xml = f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def expanding_docx(expanded: int = 50 * 1024 * 1024) -> bytes:
    """A Word file of about 100 KB whose document.xml expands to ``expanded`` bytes."""
    paragraph = b"<w:p><w:r><w:t>Noi dung lap lai</w:t></w:r></w:p>"
    count = expanded // len(paragraph)
    head = f'<w:document xmlns:w="{W}"><w:body>'.encode()
    return docx(document_xml=head + paragraph * count + b"</w:body></w:document>")


def many_entries(extension: str, entries: int = 10_000) -> bytes:
    """A .docx, .odt or .xlsx package whose zip holds thousands of tiny entries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        if extension == "odt":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            folder = "Pictures"
        else:
            archive.writestr("[Content_Types].xml", CONTENT_TYPES)
            archive.writestr("_rels/.rels", PACKAGE_RELS)
            folder = "word" if extension == "docx" else "xl"
        for n in range(entries):
            archive.writestr(f"{folder}/p{n}.xml", "")
    return buffer.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_of_zeros(width: int, height: int) -> bytes:
    """A real, complete black RGB PNG, compressed as far as zlib goes (a few hundred KB)."""
    compressor = zlib.compressobj(9)
    row = b"\0" * (1 + 3 * width)
    rows_per_chunk = max(1, (4 * 1024 * 1024) // len(row))
    parts = []
    for start in range(0, height, rows_per_chunk):
        parts.append(compressor.compress(row * min(rows_per_chunk, height - start)))
    parts.append(compressor.flush())
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )


def png_header_only(width: int = 60_000, height: int = 60_000) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels, with almost no data."""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + _png_chunk(b"IEND", b"")
    )


def gif_header_only(width: int = 60_000, height: int = 60_000) -> bytes:
    """A GIF whose screen and frame claim ``width`` x ``height`` pixels, with one pixel of data."""
    return b"".join(
        [
            b"GIF89a",
            struct.pack("<HHBBB", width, height, 0x80, 0, 0),
            b"\0\0\0\xff\xff\xff",
            b"," + struct.pack("<HHHHB", 0, 0, width, height, 0),
            b"\x02\x02\x4c\x01\x00",  # LZW: clear, one pixel, end
            b";",
        ]
    )


def animated_gif(width: int = 2000, height: int = 2000, frames: int = 20) -> bytes:
    """A valid animated GIF of ``frames`` full frames (80 Mpx in all by default), ~200 KB."""
    from PIL import Image

    black = Image.new("P", (width, height), 0)
    white = Image.new("P", (width, height), 1)
    black.putpalette([0, 0, 0, 255, 255, 255])
    white.putpalette([0, 0, 0, 255, 255, 255])
    buffer = io.BytesIO()
    others = [white if n % 2 == 0 else black for n in range(frames - 1)]
    black.save(buffer, "GIF", save_all=True, append_images=others, duration=100, loop=0)
    return buffer.getvalue()


def jpeg(width: int = 1200, height: int = 900, noisy: bool = True) -> bytes:
    import os

    from PIL import Image

    if noisy:  # noise does not compress: the file is large enough to cut in half
        picture = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        picture = Image.new("RGB", (width, height), (200, 16, 46))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def image(format_name: str, width: int = 64, height: int = 48) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 16, 46)).save(buffer, format_name)
    return buffer.getvalue()


def svg_with_script() -> bytes:
    return (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(document.domain)</script></svg>"
    )


def html_named_video() -> bytes:
    return b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4() -> bytes:
    """The first boxes of an MP4 file: what a player reads to know the container."""
    return (
        _box(b"ftyp", b"isom\0\0\x02\0isomiso2avc1mp41")
        + _box(b"free", b"")
        + _box(b"mdat", b"\0" * 64)
    )


def webm() -> bytes:
    """An EBML header saying "webm", then an empty segment."""
    doctype = b"\x42\x82\x84webm"
    header = b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(doctype)]) + doctype
    return header + b"\x18\x53\x80\x67\x80"


def with_zip64_end(package: bytes) -> bytes:
    """The same zip with a Zip64 end record (which zipfile trusts over the classic one)."""
    end = package.rindex(b"PK\x05\x06")
    entries, size, offset = struct.unpack("<HLL", package[end + 10 : end + 20])
    record = b"PK\x06\x06" + struct.pack(
        "<QHHLLQQQQ", 44, 45, 45, 0, 0, entries, entries, size, offset
    )
    locator = b"PK\x06\x07" + struct.pack("<LQL", 0, end, 1)
    return package[:end] + record + locator + package[end:]
