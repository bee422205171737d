#!/usr/bin/env python3
"""Checks one .docx written by kehoach against the PDF LibreOffice made of it.

Usage: docx_check.py NAME DOCX PDF TEXT EXPECTED_PAGES

NAME            a label for the messages
DOCX            the Word file (its word/document.xml and word/styles.xml are read)
PDF             LibreOffice's PDF of it (soffice --headless --convert-to pdf)
TEXT            the same document as `--format text`: every piece of it must be in the PDF
EXPECTED_PAGES  the page count it must have ("-" to only print it)

Fails (exit 1, one line per problem on stderr) when: the page is not A4 portrait; the body's
left edge is not 30-35 mm from the page's left edge, or its right edge not 15-20 mm from the
right edge; a piece of the text report is missing from the PDF, or out of order; page 1 has
text in the top margin or page 2 does not have "2" centred there; the page count changed;
the document is not Times New Roman with 13/14 pt sizes, a repeating table header row and a
different first page. Prints the page count.
"""

import re
import subprocess
import sys
import zipfile
from xml.etree import ElementTree

MM = 72 / 25.4  # points per millimetre
problems = []


def fail(message):
    problems.append(message)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def words_of(text):
    # The .docx drops the C0 controls XML 1.0 forbids; so does the comparison.
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text).split()


def pdf_pages(pdf):
    info = run("pdfinfo", pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    width, height = float(size.group(1)), float(size.group(2))
    return pages, width, height


def bbox_words(pdf):
    """Every word of the PDF as (page, xMin, yMin, xMax, yMax, text)."""
    xhtml = run("pdftotext", "-bbox", pdf, "-")
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.fromstring(xhtml)
    out = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), 1):
        for word in page.findall("x:word", ns):
            out.append(
                (
                    number,
                    float(word.get("xMin")),
                    float(word.get("yMin")),
                    float(word.get("xMax")),
                    float(word.get("yMax")),
                    word.text or "",
                )
            )
    return out


def pdf_text_words(pdf, pages):
    """The PDF's words in reading order, page numbers (the first line of pages 2..) left out."""
    out = []
    for page in range(1, pages + 1):
        # -layout keeps a table row's cells on its lines: rows stay in order.
        text = run("pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-")
        lines = [line for line in text.splitlines() if line.strip()]
        if page > 1 and lines and lines[0].strip() == str(page):
            lines = lines[1:]
        for line in lines:
            out.extend(words_of(line))
    return out


def find(haystack, needle, start, stop=None, spread=0):
    """Index of the first word of `needle` found as a subsequence of haystack[start:], its
    words no further apart than table cells laid side by side make them; None if absent.
    `spread` is the number of words on the needle's line of the text version: a table row
    whose cells wrap in the PDF interleaves their words line by line, so a cell's words lie
    anywhere within the whole row's."""
    if not needle:
        return start
    stop = len(haystack) if stop is None else stop
    window = 2 * max(len(needle), spread) + 12
    for i in range(start, stop):
        if haystack[i] != needle[0]:
            continue
        j, k = i + 1, 1
        while k < len(needle) and j < min(len(haystack), i + window):
            if haystack[j] == needle[k]:
                k += 1
            j += 1
        if k == len(needle):
            return i
    return None


def find_joined(haystack, needle, start):
    """Like `find` for a piece whose words the PDF may break inside (a long URL wraps at any
    character): its letters, spaces left out, as one run of the PDF's letters from `start` on.
    Index of the word where the run starts; None if absent."""
    wanted = "".join(needle)
    if not wanted:
        return start
    joined, owner = [], []
    for index in range(start, len(haystack)):
        joined.append(haystack[index])
        owner.extend([index] * len(haystack[index]))
    at = "".join(joined).find(wanted)
    return None if at < 0 else owner[at]


def find_interleaved(haystack, needle, start, spread):
    """Like `find_joined` for a table cell that wraps: its letters, spaces left out, as PDF
    words taken in order from a window as wide as `find`'s, skipping the words of the cells
    beside it (a URL broken inside a narrow cell continues on the row's next line). Index of
    the word where it starts; None if absent."""
    wanted = "".join(needle)
    if not wanted:
        return start
    window = 2 * max(len(needle), spread) + 12
    for i in range(start, len(haystack)):
        if not haystack[i] or not wanted.startswith(haystack[i]):
            continue
        at, j = len(haystack[i]), i + 1
        while at < len(wanted) and j < min(len(haystack), i + window):
            if haystack[j] and wanted.startswith(haystack[j], at):
                at += len(haystack[j])
            j += 1
        if at == len(wanted):
            return i
    return None


def locate(haystack, needle, start, spread=0):
    found = find(haystack, needle, start, spread=spread)
    if found is None:
        found = find_joined(haystack, needle, start)
    if found is None and spread:
        found = find_interleaved(haystack, needle, start, spread)
    return found


def pieces(line):
    """A text-report line split into its pieces: table cells and header columns are separated
    by two spaces or more; rules of dashes are layout only."""
    return [
        p.strip()
        for p in re.split(r"\s{2,}", line.strip())
        if p.strip() and not re.fullmatch(r"[-\s]+", p)
    ]


def check_text(name, text_path, words):
    text = open(text_path, encoding="utf-8").read()
    lines = text.splitlines()
    try:
        first_blank = next(i for i, line in enumerate(lines) if not line.strip())
    except StopIteration:
        first_blank = 0
    footer_start = next(
        (i for i, line in enumerate(lines) if line.startswith(("Nơi nhận:", "Recipients:"))),
        len(lines),
    )
    def pieces_of(chosen):
        # Each piece with the word count of its line (see `find`).
        return [(p, len(words_of(line))) for line in chosen for p in pieces(line)]

    header = pieces_of(lines[:first_blank])
    body = pieces_of(lines[first_blank:footer_start])
    footer = pieces_of(lines[footer_start:])
    for piece, _ in header:
        if locate(words, words_of(piece), 0) is None:
            fail(f"{name}: header text missing from the PDF: {piece!r}")
    cursor = 0
    for piece, spread in body:
        found = locate(words, words_of(piece), cursor, spread)
        if found is None:
            anywhere = locate(words, words_of(piece), 0, spread)
            where = "out of order" if anywhere is not None else "missing from the PDF"
            fail(f"{name}: body text {where}: {piece!r}")
        else:
            cursor = found
    for piece, spread in footer:
        if locate(words, words_of(piece), cursor, spread) is None:
            fail(f"{name}: text after the body missing from the PDF: {piece!r}")
    return len(header) + len(body) + len(footer)


def check_geometry(name, words, width, height, pages):
    top_margin = 20 * MM
    body = [w for w in words if w[2] > top_margin]
    if not body:
        fail(f"{name}: no text in the PDF")
        return
    left = min(w[1] for w in body)
    right = width - max(w[3] for w in body)
    print(f"{name}: text from {left / MM:.1f} mm (left edge) to {right / MM:.1f} mm from the right edge")
    if not 30 * MM - 0.5 <= left <= 35 * MM:
        fail(f"{name}: the body's left edge is {left / MM:.1f} mm from the page edge, not 30-35 mm")
    if not 15 * MM - 0.5 <= right <= 20 * MM:
        fail(f"{name}: the body's right edge is {right / MM:.1f} mm from the page edge, not 15-20 mm")
    first_top = [w for w in words if w[0] == 1 and w[4] < top_margin]
    if first_top:
        fail(f"{name}: page 1 has text in the top margin: {[w[5] for w in first_top]}")
    if pages >= 2:
        second_top = [w for w in words if w[0] == 2 and w[4] < top_margin]
        texts = [w[5] for w in second_top]
        if texts != ["2"]:
            fail(f"{name}: page 2's top margin holds {texts}, not the page number 2")
        else:
            centre = (second_top[0][1] + second_top[0][3]) / 2
            text_centre = (30 * MM + width - 15 * MM) / 2
            if abs(centre - text_centre) > 3 * MM:
                fail(f"{name}: the page number is not centred ({centre / MM:.1f} mm)")


def check_docx(name, docx):
    with zipfile.ZipFile(docx) as package:
        document = package.read("word/document.xml").decode("utf-8")
        styles = package.read("word/styles.xml").decode("utf-8")
    for needed, where, what in [
        ('w:ascii="Times New Roman"', styles, "Times New Roman as the default font"),
        ('<w:sz w:val="28"', styles, "14 pt (sz 28) body styles"),
        ('<w:sz w:val="26"', styles + document, "13 pt (sz 26) header text"),
        ('<w:pgSz w:w="11906" w:h="16838"', document, "an A4 portrait page"),
        ("<w:titlePg", document, "a different first page (no number on page 1)"),
        ('w:styleId="BodyText"', styles, "the Body Text style"),
        ('w:firstLine="720"', styles, "a 1.27 cm first-line indent"),
        ('w:after="120"', styles, "6 pt after paragraphs"),
        ('<w:jc w:val="both"', styles, "justified body text"),
    ]:
        if needed not in where:
            fail(f"{name}: word/*.xml lacks {what} ({needed})")
    # Two tables are layout (header, nơi nhận and signature); any more hold data.
    if document.count("<w:tbl>") > 2:
        if "<w:tblHeader />" not in document:
            fail(f"{name}: its tables have no repeating header row (w:tblHeader)")
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", document):
        fail(f"{name}: word/document.xml holds characters XML 1.0 forbids")
    ElementTree.fromstring(document.encode("utf-8"))


def main():
    name, docx, pdf, text, expected = sys.argv[1:6]
    pages, width, height = pdf_pages(pdf)
    if not (595 <= width < 596 and 841.5 <= height <= 842.5):
        fail(f"{name}: the page is {width} x {height} pt, not A4 portrait (595.3 x 841.9)")
    words = bbox_words(pdf)
    check_geometry(name, words, width, height, pages)
    count = check_text(name, text, pdf_text_words(pdf, pages))
    check_docx(name, docx)
    print(f"{name}: {pages} pages; {count} pieces of the text version found in the PDF")
    if expected != "-" and int(expected) != pages:
        fail(f"{name}: {pages} pages, {expected} expected (tests/golden/docx-pages.txt)")
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
