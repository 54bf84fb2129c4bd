"""`klarsvar check` on hostile contents: encodings, sizes, shapes that once cost the square of the input,
and broken or hostile .docx/.odt/.html files."""

import io
import os
import struct
import zipfile

from harness import LETTER, case, expect, expect_exit, expect_says, expect_swedish_error

CASES = []

# Bounds for the big inputs, loose enough for a debug build on a busy machine; the release build's
# times against a normal letter are measured by `klarsvar-bench hostile` (BENCHMARKS.md).
BIG = 90


def check(name, pending=None):
    return case(CASES, "check", name, pending)


# MARK: - Encodings


def utf16(text, order):
    bom = b"\xff\xfe" if order == "le" else b"\xfe\xff"
    return bom + text.encode("utf-16-" + order)


for order in ("le", "be"):

    @check(f"UTF-16 {order.upper()} with a byte order mark is read")
    def _(ctx, order=order):
        ctx.write("brev.txt", utf16(LETTER, order))
        result = ctx.run(["check", "brev.txt"])
        expect_exit(result, 1)
        expect_says(result, "brev.txt:3:", "commitment-no-deadline")

    @check(f"UTF-16 {order.upper()} cut in the middle of a character")
    def _(ctx, order=order):
        ctx.write("brev.txt", utf16(LETTER, order)[:-1])
        expect_swedish_error(ctx.run(["check", "brev.txt"]), 2, "brev.txt", "ogiltig UTF-16")

    @check(f"UTF-16 {order.upper()} with a lone surrogate")
    def _(ctx, order=order):
        lone = b"\x00\xd8" if order == "le" else b"\xd8\x00"
        ctx.write("brev.txt", utf16("Hej ", order) + lone + "Anna\n".encode("utf-16-" + order))
        expect_swedish_error(ctx.run(["check", "brev.txt"]), 2, "brev.txt", "ogiltig UTF-16")


@check("UTF-16 without a byte order mark is named as skipped, never passed in silence")
def _(ctx):
    ctx.write("brev.txt", LETTER.encode("utf-16-le"))
    result = ctx.run(["check", "brev.txt"])
    expect(result.code in (0, 2), "ends normally", result)
    expect_says(result, "brev.txt", "hoppas över")


@check("UTF-8 with a byte order mark")
def _(ctx):
    ctx.write("brev.md", b"\xef\xbb\xbf" + LETTER.encode())
    result = ctx.run(["check", "brev.md"])
    expect_exit(result, 1)
    expect_says(result, "brev.md:3:1:")


for label, raw in [
    ("a stray continuation byte", b"Hej \x80 Anna\n"),
    ("Latin-1 å", b"Hej p\xe5 dig\n"),
    ("an overlong encoding", b"Hej \xc0\xaf Anna\n"),
    ("an encoded surrogate", b"Hej \xed\xa0\x80 Anna\n"),
    ("a sequence cut at the end", b"Hej Anna \xe2\x80"),
    ("a code point above U+10FFFF", b"Hej \xf4\x90\x80\x80\n"),
]:

    @check(f"invalid UTF-8: {label}")
    def _(ctx, raw=raw):
        ctx.write("brev.txt", b"Rad ett\n" + raw)
        expect_swedish_error(ctx.run(["check", "brev.txt"]), 2, "brev.txt", "ogiltig UTF-8", "rad 2")


@check("invalid UTF-8 on stdin")
def _(ctx):
    expect_swedish_error(ctx.run(["check", "-"], stdin=b"Hej \xff\n"), 2, "ogiltig UTF-8")


@check("NUL bytes: a binary file is skipped with a word")
def _(ctx):
    ctx.write("brev.txt", b"Hej\x00Anna\n" * 10)
    expect_says(ctx.run(["check", "brev.txt"]), "binär fil")


@check("control characters, form feeds and lone CRs")
def _(ctx):
    ctx.write("brev.txt", LETTER.replace("\n", "\r") + "\x0c\x1b[31m\x07\x7f\u2028\u2029\u202e")
    result = ctx.run(["check", "brev.txt"])
    expect(result.code in (0, 1), "ends normally", result)


@check("a bidi override and zero-width characters inside the finding")
def _(ctx):
    ctx.write("brev.txt", "Vi återkommer \u200binom\u202e kort\u200d om ärendet.\n" * 50)
    expect(ctx.run(["check", "brev.txt"]).code in (0, 1), "ends normally")


@check("10,000 combining marks on one letter")
def _(ctx):
    ctx.write("brev.txt", "Vi återkommer inom kort a" + "\u0301" * 10000 + ".\n")
    expect(ctx.run(["check", "brev.txt"]).code in (0, 1), "ends normally")


@check("an empty file")
def _(ctx):
    ctx.write("tom.md", b"")
    result = ctx.run(["check", "tom.md"])
    expect(result.code in (0, 1), "ends normally", result)


@check("a file of only a byte order mark")
def _(ctx):
    ctx.write("bom.md", b"\xef\xbb\xbf")
    expect(ctx.run(["check", "bom.md"]).code in (0, 1), "ends normally")


@check("an empty stdin")
def _(ctx):
    expect(ctx.run(["check", "-"], stdin=b"").code in (0, 1), "ends normally")


# MARK: - Sizes


@check("a file above --max-file-size")
def _(ctx):
    ctx.write("stor.txt", "Tack för ditt brev. " * 60000)
    result = ctx.run(["check", "--max-file-size", "500k", "stor.txt"])
    expect_swedish_error(result, 2, "stor.txt", "större än gränsen", "--max-file-size")


@check("a 200 MB sparse file above the default 20 MB, read no further")
def _(ctx):
    with open(ctx.path("stor.txt"), "wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    result = ctx.run(["check", "stor.txt"], timeout=20)
    expect_swedish_error(result, 2, "stor.txt", "större än gränsen")


@check("a stdin larger than --max-file-size")
def _(ctx):
    result = ctx.run(["check", "--max-file-size", "100k", "-"], stdin=b"Tack. " * 100000)
    expect_swedish_error(result, 2, "större än gränsen")


for value in ("abc", "-5", "0", "1e99", "99999999999999999999G", ""):

    @check(f"--max-file-size {value!r}")
    def _(ctx, value=value):
        ctx.write("brev.md", LETTER)
        result = ctx.run(["check", "--max-file-size", value, "brev.md"])
        expect(result.code in (1, 2), "a usage error or the findings", result)
        if result.code == 2:
            expect_says(result, "--max-file-size")


# MARK: - Shapes that once cost the square of their size


def big_case(name, file_name, content, args=(), max_output=None):
    @check(name)
    def _(ctx):
        ctx.write(file_name, content)
        result = ctx.run(["check", "--fail-on", "never", *args, file_name], timeout=BIG)
        expect_exit(result, 0)
        if max_output is not None:
            expect(len(result.out) <= max_output, f"{len(result.out)} bytes of output", None)


PROSE = "Vi svarar inom kort på ditt brev och erhåller gärna fler synpunkter i dagsläget. "
big_case("a 5 MB file on one line", "en-rad.txt", PROSE * (5_000_000 // len(PROSE)))
big_case(
    "text output on a 200 KB line with a finding every 80 bytes stays small",
    "rad.txt",
    PROSE * (200_000 // len(PROSE)),
    max_output=4_000_000,
)
big_case("100,000 `[` then `](`", "hak.md", "[" * 100_000 + "](x)")
big_case("100,000 `[[` without `]]`", "plats.md", "[[a " * 100_000)
big_case("100,000 `{{` without `}}`", "klamrar.md", "{{ a " * 100_000)
big_case("backtick runs of growing length", "ticks.md", " ".join("`" * n for n in range(1, 1400)))
big_case("100,000 single backticks", "tick.md", "` a ``a " * 100_000)
big_case("an unclosed `<!--` before 1 MB of text", "kommentar.md", "<!-- " + PROSE * 12_000)
big_case("100,000 `<!--` without `-->`", "kommentarer.md", "a <!-- b " * 100_000)
big_case("100,000 `@` without a domain", "epost.txt", "a@b" * 300_000)
big_case("100,000 `http://a(`", "url.txt", "http://a(" * 100_000)
big_case("one 1 MB word", "ord.txt", "a" * 1_000_000)
big_case("1 MB of line breaks", "rader.txt", "\n" * 1_000_000)
big_case("1 MB of CRs", "cr.txt", "\r" * 1_000_000)
big_case("a 1 MB sentence without a full stop", "mening.txt", "och vi svarar " * 75_000)
big_case("100,000 nested `>` quotes", "citat.md", ">" * 100_000 + " Vi återkommer inom kort.\n")
big_case("100,000 `*` emphasis markers", "stjarnor.md", "*a " * 300_000)
big_case("HTML with 100,000 nested tags", "taggar.html", "<div>" * 100_000 + "Vi återkommer inom kort.")
big_case("HTML with an unclosed comment and script", "trasig.html", "<p>Hej</p><!-- <script>" + "x" * 500_000)
big_case("HTML with a 1 MB attribute", "attr.html", '<p title="' + "a" * 1_000_000 + '">Hej</p>')
big_case("every word a finding, 1 MB of short lines", "korta.txt", "Vi svarar inom kort.\n" * 50_000)
big_case("a 200 KB line as JSON", "rad.json.txt", PROSE * (200_000 // len(PROSE)), args=("--format", "json"))
big_case("a 200 KB line as SARIF", "rad.sarif.txt", PROSE * (200_000 // len(PROSE)), args=("--format", "sarif"))


# MARK: - Documents


DOCUMENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>'
)


def paragraphs(*texts):
    return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


def docx(document_xml, extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document_xml)
        for name, data in extra:
            archive.writestr(name, data)
    return buffer.getvalue()


LETTER_DOCX = DOCUMENT_XML.format(paragraphs("Hej Anna!", "Vi återkommer inom kort om ditt ärende."))


def claim_size(data, name, size):
    """The archive with `name`'s uncompressed size rewritten in both headers: what a zip bomb lies about."""
    data = bytearray(data)
    encoded = name.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + size_at, size)
            start += 4
    return bytes(data)


@check("a valid .docx is read (the baseline for the broken ones)")
def _(ctx):
    ctx.write("brev.docx", docx(LETTER_DOCX))
    result = ctx.run(["check", "brev.docx"])
    expect_exit(result, 1)
    expect_says(result, "brev.docx: stycke 2", "commitment-no-deadline")


DOCUMENT_FAILURES = [
    ("random bytes", lambda: os.urandom(4000), "ZIP"),
    ("an empty file", lambda: b"", "ZIP"),
    ("a text file", lambda: LETTER.encode(), "ZIP"),
    ("a truncated archive", lambda: docx(LETTER_DOCX)[:-40], "kan inte läsa dokumentet"),
    ("an archive without document.xml", lambda: _zip_without_document(), "kan inte läsa dokumentet"),
    ("malformed XML", lambda: docx("<w:document><w:body><w:p>"), "kan inte läsa dokumentet"),
    ("a bomb: 1 KB claimed, 50 MB inside", lambda: claim_size(docx(DOCUMENT_XML.format(" " * 50_000_000)), "word/document.xml", 1000), "kan inte läsa dokumentet"),
    ("a bomb: 4 GB claimed", lambda: claim_size(docx(LETTER_DOCX), "word/document.xml", 0xFFFFFFF0), "för stor"),
    ("an OLE (encrypted Word) file", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000, "kan inte läsa dokumentet"),
]


def _zip_without_document():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
    return buffer.getvalue()


for label, make, needle in DOCUMENT_FAILURES:

    @check(f".docx: {label}")
    def _(ctx, make=make, needle=needle):
        ctx.write("d/brev.docx", make())
        ctx.write("d/annat.md", LETTER)
        result = ctx.run(["check", "d"])
        expect_swedish_error(result, 2, "brev.docx", needle)
        expect_says(result, "annat.md:3:")

    @check(f".odt: {label}")
    def _(ctx, make=make):
        ctx.write("brev.odt", make())
        expect_swedish_error(ctx.run(["check", "brev.odt"]), 2, "brev.odt", "fel")


@check(".docx with a billion-laughs entity is not expanded")
def _(ctx):
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{n} "&a{n-1};&a{n-1};&a{n-1};&a{n-1};&a{n-1};">' for n in range(1, 30))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>' + DOCUMENT_XML.split("?>", 1)[1]).format(
        paragraphs("&a29;")
    )
    ctx.write("brev.docx", docx(xml))
    result = ctx.run(["check", "brev.docx"], timeout=30)
    expect(result.code in (0, 1, 2), "ends normally", result)


@check(".docx whose document.xml names an external entity (XXE) reads no file")
def _(ctx):
    ctx.write("hemlig.txt", "HEMLIGHET")
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{ctx.path("hemlig.txt")}">]>'
           + DOCUMENT_XML.split("?>", 1)[1]).format(paragraphs("&x; inom kort"))
    ctx.write("brev.docx", docx(xml))
    result = ctx.run(["check", "--format", "json", "brev.docx"])
    expect("HEMLIGHET" not in result.text, "the entity's file was read", result)


@check(".docx with 10 MB of text on one line of document.xml is read")
def _(ctx):
    # Markup without text fills it (11 MB), so that the case times reading the part, not linting.
    filler = '<w:bookmarkStart w:id="0" w:name="x"/><w:bookmarkEnd w:id="0"/>' * 170_000
    ctx.write("brev.docx", docx(DOCUMENT_XML.format(paragraphs("Hej Anna!") + filler + paragraphs("Vi återkommer inom kort."))))
    result = ctx.run(["check", "--fail-on", "never", "--format", "json", "brev.docx"], timeout=BIG)
    expect_exit(result, 0)
    expect_says(result, "commitment-no-deadline")


@check(".docx with 60,000 entries")
def _(ctx):
    ctx.write("brev.docx", docx(LETTER_DOCX, extra=[(f"x/{n}", "") for n in range(60_000)]))
    expect(ctx.run(["check", "brev.docx"], timeout=BIG).code in (1, 2), "ends normally")
