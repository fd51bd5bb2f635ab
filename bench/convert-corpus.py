#!/usr/bin/env python3
"""Convert a make-corpus.py tree (Hugo layout) into an ItaSite content folder with the same pages and text.

  N/content/_index.md            -> pages/index.md            (home)
  N/content/oNN/_index.md        -> oit/2566/oNN.md           (one OIT item page per section, indicator ONN)
  N/content/oNN/pXXXXX.md        -> pages/oNN/pXXXXX.md       (plain page: same title, same Markdown body)

Hugo-only keys (indicator, unit, status, date, weight) are dropped from plain pages: ItaSite reads them only on item pages.

--years 2566,2567,2568,2569 --frameworks DIR makes a multi-year site of the same page count: 2566 as above, and for each
further year one item page per item of that year's framework file (DIR/ita-YEAR.yaml, the ones the generator ships), whose
body is the body of a plain page taken out of pages/ (so the pages and the Markdown stay the same, only spread over years).
Usage: convert-corpus.py HUGO_CONTENT_DIR OUT_CONTENT_DIR [--years Y,Y,... --frameworks DIR]
"""
import json
import os
import re
import shutil
import sys

SITE_YAML = """name: องค์การบริหารส่วนตำบลทดสอบความเร็ว
short_name: อบต.ทดสอบ
type: องค์การบริหารส่วนตำบล
base_url: https://example.invalid/
assessment_years: [YEARS]
current_year: CURRENT
address: 99 หมู่ 1 ตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น 40000
phones: ["0 4300 0000"]
email: saraban@example.invalid
complaints:
  anti_corruption:
    title: แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
    url: https://www.nacc.go.th/
  general:
    title: ร้องเรียน/ร้องทุกข์ทั่วไป
    phone: "0 4300 0000"
  national:
    - { name: สำนักงาน ป.ป.ช., phone: "1205", url: https://www.nacc.go.th/ }
"""


def split(text):
    m = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.S)
    return (m.group(1), m.group(2)) if m else ("", text)


def title_of(fm):
    m = re.search(r"^title: (.*)$", fm, re.M)
    return json.loads(m.group(1)) if m else None


def framework_codes(frameworks, year):
    text = open(os.path.join(frameworks, f"ita-{year}.yaml"), encoding="utf-8").read()
    return re.findall(r"^\s*-?\s*code: (O\d+)\s*$", text, re.M)


def main():
    args = sys.argv[1:]
    years, frameworks = [2566], None
    if "--years" in args:
        i = args.index("--years"); years = [int(y) for y in args[i + 1].split(",")]; del args[i:i + 2]
    if "--frameworks" in args:
        i = args.index("--frameworks"); frameworks = args[i + 1]; del args[i:i + 2]
    src, dst = args[0], args[1]
    if os.path.exists(dst):
        shutil.rmtree(dst)
    os.makedirs(os.path.join(dst, "pages"))
    os.makedirs(os.path.join(dst, "oit", "2566"))
    with open(os.path.join(dst, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML.replace("YEARS", ", ".join(map(str, years))).replace("CURRENT", str(max(years))))
    count = 0
    for section in sorted(os.listdir(src)):
        path = os.path.join(src, section)
        if section == "_index.md":
            fm, body = split(open(path, encoding="utf-8").read())
            with open(os.path.join(dst, "pages", "index.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {json.dumps(title_of(fm), ensure_ascii=False)}\n---\n{body}")
            continue
        if not os.path.isdir(path):
            continue
        os.makedirs(os.path.join(dst, "pages", section), exist_ok=True)
        for name in sorted(os.listdir(path)):
            fm, body = split(open(os.path.join(path, name), encoding="utf-8").read())
            if name == "_index.md":
                code = re.search(r"^indicator: (O\d+)$", fm, re.M).group(1)
                with open(os.path.join(dst, "oit", "2566", section + ".md"), "w", encoding="utf-8") as f:
                    f.write(f"---\nindicator: {code}\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2023-03-15\n---\n{body}")
                continue
            with open(os.path.join(dst, "pages", section, name), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {json.dumps(title_of(fm), ensure_ascii=False)}\n---\n{body}")
            count += 1
    items = 43
    plain = sorted(os.path.join(d, n) for d, _, ns in os.walk(os.path.join(dst, "pages")) for n in ns if n != "index.md")
    for year in years[1:]:
        os.makedirs(os.path.join(dst, "oit", str(year)))
        for code in framework_codes(frameworks, year):
            page = plain.pop()
            _, body = split(open(page, encoding="utf-8").read())
            os.remove(page)
            with open(os.path.join(dst, "oit", str(year), f"o{int(code[1:]):02d}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\nindicator: {code}\nstatus: done\nresponsible: สำนักปลัด\nupdated: {year - 543}-03-15\n---\n{body}")
            count -= 1; items += 1
    print(f"{count} plain pages + {items} item pages ({', '.join(map(str, years))}) -> {dst}", file=sys.stderr)


if __name__ == "__main__":
    main()
