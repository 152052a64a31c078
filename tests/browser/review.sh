#!/usr/bin/env bash
# End-to-end browser test of `torlint check --format html`: render the French
# review of the Guinea ToR, load it in headless Chromium, check that the DOM
# has a card per finding and that each marked finding links to its card, and
# take a screenshot (kept out of git; its path is printed; docs/review.png is
# a copy).
set -euo pipefail
cd "$(dirname "$0")/../.."

out=target/browser
mkdir -p "$out"
cargo build --quiet
bin=target/debug/torlint
doc=fixtures/guinea.md
"$bin" check --format "html=$out/review.html" --lang fr "$doc" || test $? -eq 1
findings=$("$bin" check --format json "$doc" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["documents"][0]["findings"]))' || true)

source tests/browser/chromium.sh
url="file://$PWD/$out/review.html"

"$chromium" "${flags[@]}" --dump-dom "$url" > "$out/review-dom.html" 2>/dev/null
python3 - "$out/review-dom.html" "$findings" <<'PY'
import sys
from html.parser import HTMLParser

path, findings = sys.argv[1], int(sys.argv[2])

class Reader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.cards = set()
        self.links = []
        self.marks = 0
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "div" and "card" in classes:
            self.cards.add(attrs.get("id"))
        if tag == "a" and (attrs.get("href") or "").startswith("#"):
            self.links.append(attrs["href"][1:])
        if tag == "mark":
            self.marks += 1
        if tag == "script":
            self.scripts += 1

reader = Reader()
with open(path, encoding="utf-8") as f:
    reader.feed(f.read())
problems = []
if len(reader.cards) != findings:
    problems.append(f"{len(reader.cards)} cards, expected {findings}")
dangling = [l for l in reader.links if l not in reader.cards]
if dangling:
    problems.append(f"links to no card: {dangling}")
if reader.marks == 0:
    problems.append("no words marked")
if reader.scripts:
    problems.append("the page has scripts")
if problems:
    sys.exit("browser DOM check failed: " + "; ".join(problems))
print(f"browser DOM: {len(reader.cards)} cards, {reader.marks} marked passages, {len(reader.links)} links")
PY

"$chromium" "${flags[@]}" --window-size=1000,1400 --screenshot="$out/review.png" "$url" 2>/dev/null
test -s "$out/review.png"
echo "screenshot: $out/review.png"
echo "browser: 1 passed, 0 failed"
