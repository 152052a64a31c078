#!/usr/bin/env bash
# End-to-end browser test of `torlint compare --format html`: render the
# comparison of the bundled ToRs, load it in headless Chromium, check that the
# DOM has one column per document and one row per element, and take a
# screenshot (kept out of git; its path is printed).
set -euo pipefail
cd "$(dirname "$0")/../.."

out=target/browser
mkdir -p "$out"
cargo build --quiet
bin=target/debug/torlint
docs=(fixtures/guinea.md fixtures/mali.md fixtures/senegal.md fixtures/global-mandate.md)
"$bin" compare --format html --output "$out/compare.html" "${docs[@]}"

source tests/browser/chromium.sh
url="file://$PWD/$out/compare.html"

"$chromium" "${flags[@]}" --dump-dom "$url" > "$out/dom.html" 2>/dev/null
elements=$("$bin" rules --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
python3 - "$out/dom.html" "${#docs[@]}" "$elements" <<'PY'
import sys
from html.parser import HTMLParser

path, documents, elements = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

class Counter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.doc_columns = 0
        self.element_rows = 0
        self.cells_per_row = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "th" and "doc" in classes:
            self.doc_columns += 1
        if tag == "tr" and "element" in classes:
            self.element_rows += 1
            self.cells_per_row.append(0)
        if tag == "td" and "cell" in classes and self.cells_per_row:
            self.cells_per_row[-1] += 1
        if tag == "script":
            self.scripts += 1

counter = Counter()
with open(path, encoding="utf-8") as f:
    counter.feed(f.read())
problems = []
if counter.doc_columns != documents:
    problems.append(f"{counter.doc_columns} document columns, expected {documents}")
if counter.element_rows != elements:
    problems.append(f"{counter.element_rows} element rows, expected {elements}")
if any(n != documents for n in counter.cells_per_row):
    problems.append("a row does not have one cell per document")
if counter.scripts:
    problems.append("the page has scripts")
if problems:
    sys.exit("browser DOM check failed: " + "; ".join(problems))
print(f"browser DOM: {counter.doc_columns} document columns, {counter.element_rows} element rows")
PY

"$chromium" "${flags[@]}" --window-size=1440,1000 --screenshot="$out/compare.png" "$url" 2>/dev/null
test -s "$out/compare.png"
echo "screenshot: $out/compare.png"
echo "browser: 1 passed, 0 failed"
