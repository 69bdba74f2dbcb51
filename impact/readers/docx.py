""".docx: body paragraphs and tables, headers and footers, text boxes, list numbers ("1.", "a)"),
and runs typed with TCVN3/VNI fonts converted run by run.

The archive is opened with zipfile and only the parts that carry text are inflated, each through a
bounded read, so that a zip bomb is refused before it costs memory; no member name is ever used
as a path. XML is parsed with entity resolution and network access turned off.
"""
from __future__ import annotations

import io
import posixpath
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from impact.readers.base import ReadLimits, ReadText
from impact.readers.errors import ArchiveTooLarge, DamagedFile, UnreadableFile
from nlp import legacy

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("sdt"), _w("sdtContent")
RUN, TEXT, TAB, BR, CR, SYM = _w("r"), _w("t"), _w("tab"), _w("br"), _w("cr"), _w("sym")
TXBX_CONTENT, DEL, INS, PPR, RPR = _w("txbxContent"), _w("del"), _w("ins"), _w("pPr"), _w("rPr")
NO_BREAK_HYPHEN = _w("noBreakHyphen")
CHOICE, FALLBACK, ALTERNATE = f"{{{MC}}}Choice", f"{{{MC}}}Fallback", f"{{{MC}}}AlternateContent"
VAL = _w("val")
# Containers whose children are runs or more containers (hyperlinks, fields, smart tags, insertions).
_RUN_CONTAINERS = {_w("hyperlink"), _w("fldSimple"), _w("smartTag"), _w("customXml"), INS, _w("moveTo"),
                   _w("sdt"), _w("sdtContent"), _w("dir"), _w("bdo")}
_SKIPPED = {DEL, _w("moveFrom"), _w("instrText"), _w("delText"), PPR, RPR, _w("sdtPr"), _w("sdtEndPr"),
            _w("commentReference"), _w("footnoteReference"), _w("endnoteReference")}

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
                          remove_pis=True, load_dtd=False)
_DOCTYPE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


class _Archive:
    """The .docx zip, read member by member within the limits."""

    def __init__(self, path: Path, raw: bytes, limits: ReadLimits):
        self.path, self.limits = path, limits
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
            raise _damaged(path) from error
        if len(infos) > limits.max_entries:
            raise ArchiveTooLarge(path, f"có {len(infos)} mục nén (giới hạn {limits.max_entries})")
        declared = sum(info.file_size for info in infos)
        if declared > limits.max_unpacked_bytes:
            raise ArchiveTooLarge(path, f"khai báo {declared / 1_048_576:.0f} MB khi giải nén "
                                        f"(giới hạn {limits.max_unpacked_bytes / 1_048_576:.0f} MB)")
        self.names = {info.filename for info in infos}
        self.inflated = 0

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        budget = self.limits.max_unpacked_bytes - self.inflated
        try:
            with self.zip.open(name) as member:
                data = member.read(budget + 1)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
            raise _damaged(self.path) from error
        self.inflated += len(data)
        if len(data) > budget:
            raise ArchiveTooLarge(self.path, f"giải nén vượt {self.limits.max_unpacked_bytes / 1_048_576:.0f} MB")
        return data

    def xml(self, name: str):
        data = self.read(name)
        if data is None:
            return None
        if _DOCTYPE.search(data[:4096]):
            raise DamagedFile(self.path, "tệp .docx chứa khai báo XML không an toàn (DOCTYPE/ENTITY) nên không được "
                                         "đọc; hãy mở bằng Word và lưu lại")
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as error:
            raise _damaged(self.path) from error

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """rId → (type, member name) of a part; targets are resolved inside the archive only."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        result = {}
        if root is None:
            return result
        for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            member = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
            if member.startswith("../") or member == "..":
                continue
            result[rel.get("Id", "")] = (rel.get("Type", ""), member)
        return result


def _damaged(path: Path) -> DamagedFile:
    return DamagedFile(path, "tệp .docx bị hỏng hoặc không phải tệp Word (.docx) hợp lệ (có thể bị cắt cụt khi sao "
                             "chép); hãy mở bằng Word, lưu lại rồi nhập lại")


# -- styles and numbering --------------------------------------------------------------------

@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class _Styles:
    """What the reader needs of styles.xml and numbering.xml."""

    paragraph_numbering: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    paragraph_font: dict[str, str | None] = field(default_factory=dict)
    character_font: dict[str, str | None] = field(default_factory=dict)
    default_font: str | None = None
    num_to_abstract: dict[str, str] = field(default_factory=dict)
    num_start_override: dict[tuple[str, int], int] = field(default_factory=dict)
    levels: dict[tuple[str, int], _Level] = field(default_factory=dict)


def _font_of(rpr) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(_w("rFonts"))
    if fonts is None:
        return None
    return fonts.get(_w("ascii")) or fonts.get(_w("hAnsi"))


def _load_styles(styles_root, numbering_root) -> _Styles:
    styles = _Styles()
    if styles_root is not None:
        defaults = styles_root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
        styles.default_font = _font_of(defaults)
        raw: dict[str, tuple[str, str | None, str | None, tuple[str | None, int | None]]] = {}
        for style in styles_root.iter(_w("style")):
            style_id = style.get(_w("styleId"), "")
            based = style.find(_w("basedOn"))
            numpr = style.find(f"{PPR}/{_w('numPr')}")
            numbering = (None, None)
            if numpr is not None:
                num_id = numpr.find(_w("numId"))
                ilvl = numpr.find(_w("ilvl"))
                numbering = (num_id.get(VAL) if num_id is not None else None,
                             int(ilvl.get(VAL, "0")) if ilvl is not None else None)
            raw[style_id] = (style.get(_w("type"), ""), based.get(VAL) if based is not None else None,
                             _font_of(style.find(RPR)), numbering)

        def resolve(style_id: str, index: int, seen: frozenset = frozenset()):
            entry = raw.get(style_id)
            if entry is None or style_id in seen:
                return None
            value = entry[index]
            if value is None or value == (None, None):
                return resolve(entry[1], index, seen | {style_id}) if entry[1] else value
            return value

        for style_id, (kind, _based, _font, _num) in raw.items():
            if kind == "paragraph":
                styles.paragraph_font[style_id] = resolve(style_id, 2)
                styles.paragraph_numbering[style_id] = resolve(style_id, 3) or (None, None)
            elif kind == "character":
                styles.character_font[style_id] = resolve(style_id, 2)
    if numbering_root is not None:
        for abstract in numbering_root.iter(_w("abstractNum")):
            abstract_id = abstract.get(_w("abstractNumId"), "")
            for lvl in abstract.iter(_w("lvl")):
                level = _Level()
                start, fmt, text = lvl.find(_w("start")), lvl.find(_w("numFmt")), lvl.find(_w("lvlText"))
                if start is not None:
                    level.start = int(start.get(VAL, "1") or 1)
                if fmt is not None:
                    level.fmt = fmt.get(VAL, "decimal")
                if text is not None:
                    level.text = text.get(VAL, "")
                styles.levels[(abstract_id, int(lvl.get(_w("ilvl"), "0")))] = level
        for num in numbering_root.iter(_w("num")):
            num_id = num.get(_w("numId"), "")
            abstract = num.find(_w("abstractNumId"))
            if abstract is not None:
                styles.num_to_abstract[num_id] = abstract.get(VAL, "")
            for override in num.iter(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                if start is not None:
                    styles.num_start_override[(num_id, int(override.get(_w("ilvl"), "0")))] = int(start.get(VAL, "1"))
    return styles


def _roman(number: int) -> str:
    numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, numeral in numerals:
        while number >= value:
            out.append(numeral)
            number -= value
    return "".join(out)


def _letters(number: int) -> str:
    # Word repeats the letter past z: a..z, aa..zz, aaa..
    number = max(number, 1)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _format_number(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(number)
    if fmt in ("upperLetter",):
        return _letters(number).upper()
    if fmt == "lowerRoman":
        return _roman(number).lower()
    if fmt == "upperRoman":
        return _roman(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(number)


class _Numbering:
    """List counters as Word keeps them: one per list (numId), a level resetting the deeper ones."""

    def __init__(self, styles: _Styles):
        self.styles = styles
        self.counters: dict[str, dict[int, int]] = {}

    def label(self, num_id: str | None, ilvl: int | None) -> str:
        if not num_id or num_id == "0":
            return ""
        ilvl = ilvl or 0
        abstract = self.styles.num_to_abstract.get(num_id)
        level = self.styles.levels.get((abstract, ilvl)) if abstract is not None else None
        if level is None:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = self.styles.num_start_override.get((num_id, ilvl), level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return level.text.replace("%", "") if "%" not in level.text else ""

        def value(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            sub_level = self.styles.levels.get((abstract, index), level)
            current = counters.get(index)
            if current is None:
                current = self.styles.num_start_override.get((num_id, index), sub_level.start)
            return _format_number(current, sub_level.fmt if index != ilvl else level.fmt)

        return re.sub(r"%([1-9])", value, level.text).strip()


# -- the walk --------------------------------------------------------------------------------

class _Reader:
    def __init__(self, styles: _Styles):
        self.styles = styles
        self.numbering = _Numbering(styles)
        self.legacy_found: set[str] = set()

    def blocks(self, container) -> list[str]:
        """Lines of a body, cell, header or text box: its paragraphs and tables in order."""
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == P:
                lines.extend(self.paragraph(child))
            elif tag == TBL:
                lines.extend(self.table(child))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    lines.extend(self.blocks(content))
            elif tag == ALTERNATE:
                choice = child.find(CHOICE)
                if choice is not None:
                    lines.extend(self.blocks(choice))
            elif tag in (INS, _w("customXml")):
                lines.extend(self.blocks(child))
        return lines

    def paragraph(self, p) -> list[str]:
        segments: list[tuple[str, tuple[str, bool] | None]] = []
        boxes: list[str] = []
        style_id = None
        ppr = p.find(PPR)
        num_id, ilvl = None, None
        if ppr is not None:
            style = ppr.find(_w("pStyle"))
            style_id = style.get(VAL) if style is not None else None
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                num, lvl = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
                num_id = num.get(VAL) if num is not None else None
                ilvl = int(lvl.get(VAL, "0")) if lvl is not None else None
        if style_id and (num_id is None or ilvl is None):
            style_num, style_lvl = self.styles.paragraph_numbering.get(style_id, (None, None))
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_lvl
        paragraph_font = self.styles.paragraph_font.get(style_id) if style_id else None
        self._runs(p, segments, boxes, paragraph_font or self.styles.default_font)
        text = self._join(segments)
        label = self.numbering.label(num_id, ilvl)
        if label:
            text = f"{label} {text.lstrip()}" if text.strip() else text
        return [*text.split("\n"), *boxes]

    def _runs(self, element, segments, boxes, default_font) -> None:
        for child in element:
            tag = child.tag
            if tag == RUN:
                self._run(child, segments, boxes, default_font)
            elif tag in _SKIPPED:
                continue
            elif tag == ALTERNATE:
                choice = child.find(CHOICE)
                if choice is not None:
                    self._runs(choice, segments, boxes, default_font)
            elif tag in _RUN_CONTAINERS:
                self._runs(child, segments, boxes, default_font)

    def _run(self, run, segments, boxes, default_font) -> None:
        rpr = run.find(RPR)
        font = _font_of(rpr)
        if font is None and rpr is not None:
            style = rpr.find(_w("rStyle"))
            if style is not None:
                font = self.styles.character_font.get(style.get(VAL))
        encoding = legacy.font_encoding(font or default_font)
        for child in run:
            tag = child.tag
            if tag == TEXT:
                segments.append((child.text or "", encoding))
            elif tag == TAB:
                segments.append(("\t", None))
            elif tag in (BR, CR):
                segments.append(("\n", None))
            elif tag == NO_BREAK_HYPHEN:
                segments.append(("-", None))
            elif tag == SYM:
                code = child.get(_w("char"), "")
                if code and not code.upper().startswith("F0"):  # symbol-font glyphs have no letter
                    try:
                        segments.append((chr(int(code, 16)), None))
                    except ValueError:
                        pass
            else:
                # Text boxes anchored in this run: their paragraphs follow the paragraph's own line.
                for content in _text_boxes(child):
                    boxes.extend(self.blocks(content))

    def _join(self, segments) -> str:
        out: list[str] = []
        pending: list[str] = []
        pending_encoding = None

        def flush():
            if pending:
                text = "".join(pending)
                if pending_encoding:
                    encoding, uppercase = pending_encoding
                    converted = legacy.convert(text, encoding, uppercase=uppercase)
                    if converted != text:
                        self.legacy_found.add(encoding)
                    text = converted
                out.append(text)
                pending.clear()

        for text, encoding in segments:
            # Runs of one legacy font are converted together: VNI puts a letter and its tone mark
            # in two characters that Word may split across runs.
            if encoding != pending_encoding:
                flush()
                pending_encoding = encoding
            pending.append(text)
        flush()
        return "".join(out)

    def table(self, tbl) -> list[str]:
        lines = [""]
        for row in _children(tbl, TR):
            for cell in _children(row, TC):
                tcpr = cell.find(_w("tcPr"))
                if tcpr is not None:
                    merge = tcpr.find(_w("vMerge"))
                    if merge is not None and merge.get(VAL, "continue") == "continue":
                        continue  # the lower part of a vertically merged cell: its text is above
                for line in self.blocks(cell):
                    if line.strip():
                        lines.append(line)
            lines.append("")
        return lines


def _children(element, tag):
    """Rows of a table or cells of a row, also when wrapped in content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, SDT_CONTENT, _w("customXml")):
            inner = child.find(SDT_CONTENT) if child.tag == SDT else child
            if inner is not None:
                yield from _children(inner, tag)


def _text_boxes(element):
    """The w:txbxContent under a drawing or VML picture, once (mc:Fallback repeats the Choice)."""
    if element.tag == TXBX_CONTENT:
        yield element
        return
    for child in element:
        if child.tag == FALLBACK:
            continue
        yield from _text_boxes(child)


def _main_part(archive: _Archive) -> str:
    for kind, member in archive.relationships("").values():
        if kind == OFFICE_DOCUMENT:
            return member
    return "word/document.xml"


def read_docx_bytes(path: Path, raw: bytes, limits: ReadLimits) -> ReadText:
    """The text of a .docx: headers first, then the body, then footers."""
    archive = _Archive(path, raw, limits)
    main = _main_part(archive)
    document = archive.xml(main)
    if document is None:
        raise DamagedFile(path, "tệp nén không chứa văn bản Word (thiếu word/document.xml); có thể là tệp Excel "
                                "hoặc PowerPoint bị đặt đuôi .docx")
    body = document.find(_w("body"))
    if body is None:
        raise _damaged(path)
    relations = archive.relationships(main)
    folder = posixpath.dirname(main)
    styles_part = numbering_part = None
    for kind, member in relations.values():
        if kind.endswith("/styles"):
            styles_part = member
        elif kind.endswith("/numbering"):
            numbering_part = member
    styles = _load_styles(archive.xml(styles_part or posixpath.join(folder, "styles.xml")),
                          archive.xml(numbering_part or posixpath.join(folder, "numbering.xml")))
    reader = _Reader(styles)
    headers, footers = _header_footer_parts(document, relations)
    lines: list[str] = []
    seen_texts: set[str] = set()
    for part in headers:
        root = archive.xml(part)
        if root is not None:
            _add_unique(lines, reader.blocks(root), seen_texts)
    lines.extend(reader.blocks(body))
    for part in footers:
        root = archive.xml(part)
        if root is not None:
            _add_unique(lines, reader.blocks(root), seen_texts)
    text = "\n".join(lines)
    # Runs without a legacy font can still hold legacy text (the font came from a theme, or the
    # text was pasted): the text-level detection looks at what remains.
    text, found = legacy.to_unicode(text)
    if found:
        reader.legacy_found.add(found)
    found_encoding = "+".join(sorted(reader.legacy_found)) or None
    return ReadText(unicodedata.normalize("NFC", text), "docx", format="docx", legacy=found_encoding)


def _add_unique(lines: list[str], block: list[str], seen: set[str]) -> None:
    # First-page, default and even-page headers often repeat one another.
    key = "\n".join(line.strip() for line in block if line.strip())
    if key and key not in seen:
        seen.add(key)
        lines.extend(block)
        lines.append("")


def _header_footer_parts(document, relations) -> tuple[list[str], list[str]]:
    headers: list[str] = []
    footers: list[str] = []
    for reference in document.iter(_w("headerReference"), _w("footerReference")):
        relation = relations.get(reference.get(f"{{{R}}}id", ""))
        if relation is None:
            continue
        target = headers if reference.tag == _w("headerReference") else footers
        if relation[1] not in target:
            target.append(relation[1])
    return headers, footers


__all__ = ["read_docx_bytes", "UnreadableFile"]
