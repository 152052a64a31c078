#!/usr/bin/env bash
# Make the office-suite fixtures in fixtures/office from tor.html, with
# LibreOffice (Debian: apt-get install libreoffice-writer-nogui):
# tor.docx and tor.odt hold the same text, as a person would save it.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/office"
soffice --headless --convert-to "docx:MS Word 2007 XML" tor.html
soffice --headless --convert-to odt:writer8 tor.html
