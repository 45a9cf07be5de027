#!/bin/bash
# Usage: scripts/search-lab/bench.sh ARTICLES.jsonl EVAL.jsonl [EVAL2.jsonl …]
# Compiles the engine (Sources/FarunCore/Knowledge) with the bench in release mode and runs it; ARTICLES.jsonl comes
# from export_articles.py. Prints recall@1/5/10, MRR@10, latency, index build time and memory (VmRSS/VmHWM).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${TMPDIR:-/tmp}/farun-search-bench
# The Knowledge folder also holds law/entry types that use a few FarunCore helpers (numerals, citations, dates, fields).
swiftc -O -wmo -module-name SearchBench -o "$out" "$root"/Sources/FarunCore/Knowledge/*.swift \
    "$root"/Sources/FarunCore/Text/{ChineseNumeral,Citation}.swift "$root"/Sources/FarunCore/Time/{LocalDate,CivilDays}.swift "$root"/Sources/FarunCore/Support/ASCII.swift \
    "$root"/Sources/FarunCore/People/LegalField.swift "$root/scripts/search-lab/main.swift"
articles=$1; shift
exec "$out" "$articles" "$root/Sources/Farun/Resources/knowledge" "$@"
