#!/usr/bin/env bash
# Builds the Word 97-2003 (.doc) fixtures with LibreOffice, the way such files reach us: a notice
# saved as .doc from a word processor. Needs LibreOffice Writer and its Python bridge, used for
# GENERATING fixtures only (kexie itself reads .doc in pure JavaScript):
#
#   apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno
#
# fixtures/doc-guangling-2020-notice.doc   from fixtures/guangling-2020-notice-cn-paren.txt:
#     one Word paragraph per non-blank line (a real document has no empty paragraphs between
#     paragraphs), section markers (一、 （一） 1.) typed as text.
# fixtures/doc-chuzhou-2017-task-table.doc from fixtures/variants/seed-chuzhou-2017-task-table.docx:
#     its 重点工作任务表 stays a real Word table; the .docx numbers its headings (一、 ⒈) with
#     automatic numbering, which the .doc binary format keeps in list tables, not in the text, and
#     kexie's .doc reader cannot rebuild — so each label Word shows is typed into its paragraph
#     first (the seed text says what each marker looks like) and the automatic numbering removed.
# fixtures/doc-table-merged-cells.doc, written from scratch: what the .doc binary format encodes
#     apart from plain paragraphs — line breaks inside a paragraph (between Chinese and between
#     Latin words), a field (a page number: its code must not show, its result must), a table
#     with a two-paragraph cell and a cell merged vertically into the one above, text after it.
#
# Document properties are fixed, but LibreOffice still writes some volatile bytes (timestamps in
# the OLE directory), so two runs need not give identical files: the tests compare what kexie
# reads, never bytes. Run: bash scripts/make-doc-fixture.sh
set -euo pipefail
cd "$(dirname "$0")/.."
FIXTURES="$PWD/fixtures"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }
PY=/usr/bin/python3
"$PY" -c "import uno" 2>/dev/null || { echo "the LibreOffice Python bridge is missing: install python3-uno" >&2; exit 1; }

WORK="$(mktemp -d)"
SOFFICE_PID=""
cleanup() {
  if [ -n "$SOFFICE_PID" ]; then kill "$SOFFICE_PID" 2>/dev/null || true; wait "$SOFFICE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# one paragraph per non-blank line
grep -v '^[[:space:]]*$' "$FIXTURES/guangling-2020-notice-cn-paren.txt" > "$WORK/guangling.txt"

PIPE="kexie_doc_fixture_$$"
soffice --headless --invisible --norestore --nologo "-env:UserInstallation=file://$WORK/profile" \
  "--accept=pipe,name=$PIPE;urp;StarOffice.ComponentContext" >/dev/null 2>&1 &
SOFFICE_PID=$!

"$PY" - "$PIPE" "$WORK/guangling.txt" "$FIXTURES/doc-guangling-2020-notice.doc" \
  "$FIXTURES/variants/seed-chuzhou-2017-task-table.docx" "$FIXTURES/doc-chuzhou-2017-task-table.doc" \
  "$FIXTURES/seed-chuzhou-2017-task-table.txt" "$FIXTURES/doc-table-merged-cells.doc" <<'PYEOF'
import sys, time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.util import DateTime
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK, LINE_BREAK

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

pipe = sys.argv[1]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = None
for _ in range(120):
    try:
        ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
if ctx is None:
    sys.exit("could not connect to LibreOffice")
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

def paragraphs(text):
    """Every paragraph of a text, those inside table cells included, in reading order."""
    e = text.createEnumeration()
    while e.hasMoreElements():
        el = e.nextElement()
        if el.supportsService("com.sun.star.text.Paragraph"):
            yield el
        elif el.supportsService("com.sun.star.text.TextTable"):
            for name in el.getCellNames():
                yield from paragraphs(el.getCellByName(name).getText())

def typed_marker(seed_lines, body, label):
    """The marker the seed text typed before this paragraph's text: LibreOffice draws some Word
    number formats (decimalEnclosedFullstop ⒈) as plain digits, the seed says what they were."""
    for line in seed_lines:
        if body and line.endswith(body) and 0 < len(line) - len(body) <= 6:
            return line[: len(line) - len(body)]
    return label

def type_numbering(doc, seed_lines):
    """Type each automatic-numbering label into its paragraph, then switch the numbering off."""
    # collect first: removing one paragraph's numbering renumbers the ones after it
    labelled = []
    for p in paragraphs(doc.getText()):
        label = p.getPropertyValue("ListLabelString") if p.getPropertySetInfo().hasPropertyByName("ListLabelString") else ""
        if label:
            labelled.append((p, typed_marker(seed_lines, p.getString().strip(), label)))
    for p, label in labelled:
        # the label is followed by a tab or nothing in these documents: the typed marker is glued
        p.getText().insertString(p.getStart(), label, False)
        p.setPropertyValue("NumberingStyleName", "")
        p.setPropertyValue("NumberingIsNumber", False)
    return len(labelled)

def fix_properties(doc):
    info = doc.getDocumentProperties()
    when = DateTime()
    when.Year, when.Month, when.Day = 2024, 1, 1
    info.Author = info.ModifiedBy = "kexie"
    info.CreationDate = info.ModificationDate = when
    info.EditingCycles = 1
    info.EditingDuration = 0

def convert(src, dst, seed, filter_options=None):
    with open(seed, encoding="utf-8") as f:
        seed_lines = [l.strip().replace("**", "") for l in f if l.strip()]
    args = [prop("Hidden", True)]
    if filter_options:
        args += [prop("FilterName", "Text (encoded)"), prop("FilterOptions", filter_options)]
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, tuple(args))
    try:
        n = type_numbering(doc, seed_lines)
        fix_properties(doc)
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "MS Word 97"), prop("Overwrite", True)))
        print(f"{dst}: {n} numbering labels typed")
    finally:
        doc.close(True)

def merged_cells(dst):
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    try:
        text = doc.getText()
        cur = text.createTextCursor()
        def para(*pieces):
            for k, piece in enumerate(pieces):
                if k:
                    text.insertControlCharacter(cur, LINE_BREAK, False)
                text.insertString(cur, piece, False)
            text.insertControlCharacter(cur, PARAGRAPH_BREAK, False)
        para("关于印发重点任务分解表的通知")
        para("第一行", "第二行")
        para("Hello", "World")
        text.insertString(cur, "第", False)
        field = doc.createInstance("com.sun.star.text.TextField.PageNumber")
        field.NumberingType = 4  # ARABIC
        field.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
        text.insertTextContent(cur, field, False)
        text.insertString(cur, "页", False)
        text.insertControlCharacter(cur, PARAGRAPH_BREAK, False)
        table = doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(4, 3)
        text.insertTextContent(cur, table, False)
        rows = [["序号", "任务", "牵头单位"], ["1", "任务甲", "办公室"], ["2", "任务乙", "学会部"], ["3", "任务丙", ""]]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.getCellByName("ABC"[c] + str(r + 1)).setString(value)
        cell = table.getCellByName("B3").getText()
        end = cell.createTextCursor()
        end.gotoEnd(False)
        cell.insertControlCharacter(end, PARAGRAPH_BREAK, False)
        cell.insertString(end, "第二段", False)
        merge = table.createCursorByCellName("C3")
        merge.gotoCellByName("C4", True)
        merge.mergeRange()
        text.insertString(text.getEnd(), "结束", False)
        fix_properties(doc)
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "MS Word 97"), prop("Overwrite", True)))
        print(f"{dst}: written")
    finally:
        doc.close(True)

convert(sys.argv[2], sys.argv[3], sys.argv[2], "UTF8,LF,,,")
convert(sys.argv[4], sys.argv[5], sys.argv[6])
merged_cells(sys.argv[7])
try:
    desktop.terminate()
except Exception:
    pass  # the bridge goes away with the office process
PYEOF
