#!/usr/bin/env python3
"""Convert a make-corpus.py tree (Hugo layout) into an ItaSite content folder with the same pages and text.

  N/content/_index.md            -> pages/index.md            (home)
  N/content/oNN/_index.md        -> oit/2566/oNN.md           (one OIT item page per section, indicator ONN)
  N/content/oNN/pXXXXX.md        -> pages/oNN/pXXXXX.md       (plain page: same title, same Markdown body)

Hugo-only keys (indicator, unit, status, date, weight) are dropped from plain pages: ItaSite reads them only on item pages.
Usage: convert-corpus.py HUGO_CONTENT_DIR OUT_CONTENT_DIR
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
assessment_years: [2566]
current_year: 2566
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


def main():
    src, dst = sys.argv[1], sys.argv[2]
    if os.path.exists(dst):
        shutil.rmtree(dst)
    os.makedirs(os.path.join(dst, "pages"))
    os.makedirs(os.path.join(dst, "oit", "2566"))
    with open(os.path.join(dst, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML)
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
    print(f"{count} plain pages + 43 item pages -> {dst}", file=sys.stderr)


if __name__ == "__main__":
    main()
