#!/usr/bin/env bash
# Make the office-suite fixtures in fixtures/office with LibreOffice
# (Debian: apt-get install libreoffice-writer-nogui):
# - tor.docx, tor.odt and tor.pdf hold the text of tor.html, as a person
#   would save it (the PDF printed from the Word file);
# - guinea.pdf is the Guinea ToR (fixtures/guinea.md) printed to PDF from
#   Word, with a running header and page numbers in the footer.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/office"
soffice --headless --convert-to "docx:MS Word 2007 XML" tor.html
soffice --headless --convert-to odt:writer8 tor.html
soffice --headless --convert-to "pdf:writer_pdf_Export" tor.docx
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 ../../scripts/markdown-to-office-html.py ../guinea.md \
  "Termes de référence – Réseau des Nations Unies pour les migrations en Guinée" > "$scratch/guinea.html"
soffice --headless --convert-to "docx:MS Word 2007 XML" --outdir "$scratch" "$scratch/guinea.html"
soffice --headless --convert-to "pdf:writer_pdf_Export" --outdir . "$scratch/guinea.docx"
