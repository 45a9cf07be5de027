#!/usr/bin/env python3
"""Builds Sources/Farun/Resources/catalog/services.json, the seed of the service catalog (服务清单), from the
domain rules (service-catalog.json + rules.csv in the shared domain folder). Run once by a developer:
    python3 scripts/build-catalog-seed.py ../shared/domain
The output is committed; Farun never reads the shared folder at run time."""
import csv, json, pathlib, sys

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/domain")
root = pathlib.Path(__file__).resolve().parent.parent
rules = {r["rule_id"]: r for r in csv.DictReader(open(src / "rules.csv", encoding="utf-8"))}
catalog = json.load(open(src / "service-catalog.json", encoding="utf-8"))

# Which statutory rule is a work order's acceptance limit and which its handling limit (RULES §8).
ACCEPTANCE = {"LEGAL_AID": "LA-01", "ARBITRATION_COMMERCIAL": "AR-01", "ARBITRATION_LABOUR": "LD-04"}
HANDLING = {"NOTARIZATION": "NO-01", "ARBITRATION_LABOUR": "LD-08", "LEGALITY_REVIEW": "LR-03"}
# Catalog channel codes → Farun channels. Walk-in means a window or a kiosk; online means web, phone and the robot.
CHANNELS = {"walk_in": ["window", "kiosk"], "walk_in_county": ["window", "kiosk"], "walk_in_town": ["window", "kiosk"],
            "walk_in_village": ["window", "kiosk"], "hotline": ["hotline"], "online": ["web", "mobile_web", "robot"],
            "referral": ["window"], "inter_agency": ["window"], "internal": ["window"]}
# Legality review is internal only (RULES §8): citizens use administrative reconsideration instead.
INTERNAL_ONLY = {"LEGALITY_REVIEW"}
# Fee-charging services; everything else the public legal service system offers free of charge.
CHARGED = {"NOTARIZATION", "ARBITRATION_COMMERCIAL", "JUDICIAL_APPRAISAL"}

def limit(rule_id, text):
    r = rules[rule_id]
    return {"count": int(r["value"]), "unit": r["unit"], "ruleID": rule_id,
            "citation": r["law"] + r["article"], "text": text}

out = []
for s in catalog:
    acc, hand, other = None, None, []
    for d in s["deadlines"]:
        rid, text = d.get("rule", ""), d.get("value") or d.get("note", "")
        if rid in rules and rules[rid]["value"]:
            entry = limit(rid, text)
            if ACCEPTANCE.get(s["id"]) == rid:
                acc = entry
            elif HANDLING.get(s["id"]) == rid:
                hand = entry
            else:
                other.append(entry)
        elif rid in rules:
            other.append({"count": 0, "unit": "day(unspecified)", "ruleID": rid,
                          "citation": rules[rid]["law"] + rules[rid]["article"], "text": text})
    channels = ["window"] if s["id"] in INTERNAL_ONLY else \
        sorted({c for ch in s["channels"] for c in CHANNELS.get(ch["code"], [])})
    out.append({
        "code": s["id"], "nameZh": s["name_zh"], "nameEn": s["name_en"], "handler": s["handler"],
        # "(如有)": bring it if you have it.
        "materials": [{"item": m["item"], "basis": m["basis"], "isRequired": "如有" not in m["item"]} for m in s["materials"]],
        "acceptanceLimit": acc, "handlingLimit": hand, "otherLimits": other,
        "channels": channels, "isFree": s["id"] not in CHARGED,
    })
dest = root / "Sources/Farun/Resources/catalog/services.json"
dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(out)} services → {dest}")
