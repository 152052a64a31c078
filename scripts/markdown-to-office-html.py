#!/usr/bin/env python3
"""Write a ToR in Markdown (headings, paragraphs, lists) as the HTML that
LibreOffice opens as a Writer document, with a running header and a footer
that numbers the pages, as an office prints a ToR to PDF.

Usage: markdown-to-office-html.py TOR.md HEADER > TOR.html
"""
import html
import re
import sys

path, header = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
if text.startswith("---"):
    text = text.split("\n---", 1)[1].split("\n", 1)[1]
out = ['<!DOCTYPE html>', '<html lang="fr"><head><meta charset="utf-8"></head><body>',
       f'<div title="header"><p>{html.escape(header)}</p></div>']
in_list = None
for line in text.splitlines():
    bullet = re.match(r"^\s*[-*] (.*)", line)
    number = re.match(r"^\s*\d+[.)] (.*)", line)
    kind = "ul" if bullet else "ol" if number else None
    if in_list and kind != in_list:
        out.append(f"</{in_list}>")
        in_list = None
    if kind:
        if not in_list:
            out.append(f"<{kind}>")
            in_list = kind
        out.append(f"<li>{html.escape((bullet or number).group(1))}</li>")
    elif line.startswith("#"):
        level = len(line) - len(line.lstrip("#"))
        out.append(f"<h{level}>{html.escape(line.lstrip('#').strip())}</h{level}>")
    elif line.strip():
        out.append(f"<p>{html.escape(line.strip())}</p>")
if in_list:
    out.append(f"</{in_list}>")
out.append('<div title="footer"><p>Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
out.append("</body></html>")
print("\n".join(out))
