#!/usr/bin/env python3
"""Search benchmark: ItaSite's index against Pagefind on the same synthetic Thai corpus.

For each N (default 1000 and 10000): makes the corpus with ../../../shared/bench/make-corpus.py (or --make-corpus),
turns it into an ItaSite content tree (one plain page per corpus page), builds it with the ItaSite CLI, runs Pagefind over
the same HTML (root selector <main>), then measures both in headless Chromium and prints one table:
index bytes/page, indexing time, query latency median/p95 and recall/precision against the ground truth
"pages whose Markdown text contains every word the person meant", for exact phrases, words run together (compound) and
one-slip typos.

Needs: the .NET SDK (the CLI is built in Release first), Node, Chromium at /usr/bin/chromium, and
`npm install pagefind playwright-core` in --npm (default: a scratch folder in the system temp folder; done for you).
Usage: python3 bench/search/run.py [N ...] [--work DIR] [--npm DIR]
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_MAKE_CORPUS = os.path.abspath(os.path.join(REPO, "..", "shared", "bench", "make-corpus.py"))

# Queries in three groups, each with the words the person meant: the ground truth of a query is "the corpus pages whose
# title and Markdown contain every meant word". Written from the seeds' vocabulary (the ITA reports in
# ../shared/domain/seeds/): words that occur there, typed as people type them.
# phrase: exactly as on the pages (and the precision probes ซื้อ/ซื่อสัตย์: ซื้อ must not find ซื่อ).
PHRASE = [
    "ร้องเรียน", "ทุจริต", "จัดซื้อจัดจ้าง", "รอบ 6 เดือน", "งบประมาณ", "ประพฤติมิชอบ", "ความโปร่งใส", "คุณธรรม",
    "ผลการดำเนินงาน", "ความพึงพอใจ", "ทรัพยากรบุคคล", "ความเสี่ยง", "การมีส่วนร่วม", "แผนปฏิบัติการ", "ประชาสัมพันธ์",
    "ซื้อ", "ซื่อสัตย์", "ผู้บริหาร", "กองคลัง", "สำนักปลัด", "ผลประโยชน์ทับซ้อน", "ข้อมูลข่าวสาร", "ป้องกันการทุจริต",
    "ศูนย์ข้อมูลข่าวสาร", "การเปิดเผยข้อมูล",
]
# compound: several words run together without the words the pages put between them (typed -> meant words).
COMPOUND = [
    ("ร้องเรียนทุจริต", ["ร้องเรียน", "ทุจริต"]), ("แผนจัดซื้อ", ["แผน", "จัดซื้อ"]), ("สถิติร้องเรียน", ["สถิติ", "ร้องเรียน"]),
    ("คู่มือบริการ", ["คู่มือ", "บริการ"]), ("ประเมินความเสี่ยงทุจริต", ["ประเมิน", "ความเสี่ยง", "ทุจริต"]),
    ("จริยธรรมเจ้าหน้าที่", ["จริยธรรม", "เจ้าหน้าที่"]), ("รายงานงบประมาณ", ["รายงาน", "งบประมาณ"]),
    ("แผนป้องกันทุจริต", ["แผน", "ป้องกัน", "ทุจริต"]), ("ความพึงพอใจบริการ", ["ความพึงพอใจ", "บริการ"]),
    ("นโยบายบุคลากร", ["นโยบาย", "บุคลากร"]), ("มาตรการโปร่งใส", ["มาตรการ", "โปร่งใส"]),
    ("มีส่วนร่วมประชาชน", ["มีส่วนร่วม", "ประชาชน"]), ("ประกาศจัดซื้อ", ["ประกาศ", "จัดซื้อ"]),
    ("ผลประโยชน์ทับซ้อนเจ้าหน้าที่", ["ผลประโยชน์ทับซ้อน", "เจ้าหน้าที่"]), ("คุณธรรมโปร่งใส", ["คุณธรรม", "โปร่งใส"]),
    ("กำกับติดตามงบประมาณ", ["กำกับติดตาม", "งบประมาณ"]), ("ข้อมูลข่าวสารประชาชน", ["ข้อมูลข่าวสาร", "ประชาชน"]),
    ("ความคิดเห็นประชาชน", ["ความคิดเห็น", "ประชาชน"]), ("สินบนเจ้าหน้าที่", ["สินบน", "เจ้าหน้าที่"]),
    ("ผู้บริหารคุณธรรม", ["ผู้บริหาร", "คุณธรรม"]), ("ร้องเรียนประพฤติมิชอบ", ["ร้องเรียน", "ประพฤติมิชอบ"]),
    ("สถิติบริการ", ["สถิติ", "บริการ"]), ("รายงานผลประจำปี", ["รายงานผล", "ประจำปี"]),
    ("ช่องทางร้องเรียน", ["ช่องทาง", "ร้องเรียน"]), ("รายงานผลจัดซื้อ", ["รายงานผล", "จัดซื้อ"]),
    ("ร้องเรียน ทุจริต", ["ร้องเรียน", "ทุจริต"]),
]
# typo: one slip each (missing, extra or wrong tone mark or thanthakhat, ิ/ี, ึ/ื, ุ/ู, ั/า, ณ/น, ศ/ส), and two with words.
TYPO = [
    ("รองเรียน", ["ร้องเรียน"]), ("จัดซื้อจัดจาง", ["จัดซื้อจัดจ้าง"]), ("ความเสียง", ["ความเสี่ยง"]), ("ทุจรีต", ["ทุจริต"]),
    ("งบประมาน", ["งบประมาณ"]), ("ประพฤติมีชอบ", ["ประพฤติมิชอบ"]), ("ความโปรงใส", ["ความโปร่งใส"]), ("คุนธรรม", ["คุณธรรม"]),
    ("ผลประโยชนทับซ้อน", ["ผลประโยชน์ทับซ้อน"]), ("เจ้าหน้าที", ["เจ้าหน้าที่"]), ("การมีส่วนรวม", ["การมีส่วนร่วม"]),
    ("ผูบริหาร", ["ผู้บริหาร"]), ("ข้อมุลข่าวสาร", ["ข้อมูลข่าวสาร"]), ("ความพืงพอใจ", ["ความพึงพอใจ"]),
    ("ประชาสัมพันธ", ["ประชาสัมพันธ์"]), ("ทรัพยากรบูคคล", ["ทรัพยากรบุคคล"]), ("แผนปฏิบัตีการ", ["แผนปฏิบัติการ"]),
    ("กองคลาง", ["กองคลัง"]), ("สำนักปลาด", ["สำนักปลัด"]), ("ปองกันการทุจริต", ["ป้องกันการทุจริต"]),
    ("ซื่อสัตย", ["ซื่อสัตย์"]), ("เจตจำนงสุจรีต", ["เจตจำนงสุจริต"]), ("แผนการใช้จายงบประมาณ", ["แผนการใช้จ่ายงบประมาณ"]),
    ("สุจรีต", ["สุจริต"]), ("รองเรียนทุจริต", ["ร้องเรียน", "ทุจริต"]), ("ความเสียงทุจริต", ["ความเสี่ยง", "ทุจริต"]),
]
GROUPS = {"phrase": [(q, [q]) for q in PHRASE], "compound": COMPOUND, "typo": TYPO}

SITE_YAML = """name: องค์การบริหารส่วนตำบลทดสอบสมรรถนะ
short_name: อบต.ทดสอบ
type: องค์การบริหารส่วนตำบล
base_url: https://bench.example.go.th/
assessment_years: [2566]
current_year: 2566
complaints:
  anti_corruption: { title: แจ้งเรื่องร้องเรียนการทุจริต, phone: "0 4300 0001" }
  general: { title: ร้องเรียนทั่วไป, phone: "0 4300 0000" }
"""


def plain(text):
    return re.sub(r"\s+", "", text).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).lower()


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def corpus_pages(root):
    """(name, title, body) of every corpus page, sorted by name."""
    pages = []
    for dirpath, _, files in os.walk(os.path.join(root, "content")):
        for f in files:
            if f.startswith("p") and f.endswith(".md"):
                text = open(os.path.join(dirpath, f), encoding="utf-8").read()
                _, fm, body = text.split("---\n", 2)
                title = json.loads(re.search(r"^title: (.*)$", fm, re.M).group(1))
                pages.append((f[:-3], title, body))
    pages.sort()
    return pages


def make_content(pages, dest):
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(os.path.join(dest, "pages"))
    with open(os.path.join(dest, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML)
    for name, title, body in pages:
        with open(os.path.join(dest, "pages", name + ".md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n{body}")


def build_itasite(content, output):
    # The CLI names a runtime (ReadyToRun for linux-x64), so its build lands in a runtime folder; older trees had none.
    built = glob.glob(os.path.join(REPO, "generator", "ItaSite.Cli", "bin", "Release", "net10.0", "**", "itasite.dll"), recursive=True)
    if not built:
        sys.exit("no Release build of the ItaSite CLI under generator/ItaSite.Cli/bin/Release/net10.0/")
    cli = max(built, key=os.path.getmtime)
    if os.path.exists(output):
        shutil.rmtree(output)
    r = subprocess.run(["dotnet", cli, "build", "--content", content, "--output", output], text=True, capture_output=True)
    if r.returncode != 0:
        sys.exit("ItaSite build failed:\n" + r.stdout + r.stderr[-2000:])
    return int(re.search(r"index (\d+) ms", r.stdout).group(1)) / 1000, r.stdout.strip()


def dir_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="*", type=int, default=[1000, 10000])
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "itasite-bench-search"))
    ap.add_argument("--npm", default=os.path.join(tempfile.gettempdir(), "itasite-bench-search", "npm"))
    ap.add_argument("--make-corpus", default=DEFAULT_MAKE_CORPUS)
    ap.add_argument("--reuse-pagefind", action="store_true", help="keep a Pagefind bundle from an earlier run")
    ap.add_argument("--reps", type=int, default=5, help="timed repetitions of each query")
    a = ap.parse_args()

    if not os.path.exists(os.path.join(a.npm, "node_modules", "pagefind")):
        os.makedirs(a.npm, exist_ok=True)
        sh(["npm", "init", "-y"], cwd=a.npm)
        sh(["npm", "install", "--no-audit", "--no-fund", "pagefind", "playwright-core"], cwd=a.npm)
    pf_version = sh(["npx", "--offline", "pagefind", "--version"], cwd=a.npm).stdout.strip()

    sh(["dotnet", "build", os.path.join(REPO, "generator", "ItaSite.Cli"), "-c", "Release", "-nologo", "-v", "quiet"])
    rows = []
    for n in a.n:
        corpus = os.path.join(a.work, "corpus", str(n))
        if not os.path.exists(os.path.join(corpus, "stats.json")):
            sh([sys.executable, a.make_corpus, str(n), "--out", os.path.join(a.work, "corpus")])
        pages = corpus_pages(corpus)
        site = os.path.join(a.work, "site", str(n))
        make_content(pages, os.path.join(site, "content"))
        output = os.path.join(site, "output")
        index_s, summary = build_itasite(os.path.join(site, "content"), output)
        print(f"N={n}: {summary}", file=sys.stderr)

        # The pages' HTML does not depend on the search index, so --reuse-pagefind keeps an earlier Pagefind bundle.
        bundle = os.path.join(site, "pagefind")
        pf_time = os.path.join(site, "pagefind-seconds.txt")
        if not (a.reuse_pagefind and os.path.exists(pf_time)):
            t = time.perf_counter()
            sh(["npx", "--offline", "pagefind", "--site", output, "--root-selector", "main", "--output-path", bundle], cwd=a.npm)
            with open(pf_time, "w") as f:
                f.write(str(time.perf_counter() - t))
        pf_s = float(open(pf_time).read())

        # A page holds a word when its text does with whitespace and Thai digits set aside, as a reader sees it
        # ("ผลประโยชน์\nทับซ้อน" at a line break, "รอบ ๖ เดือน").
        texts = [(name + "/", plain(title + "\n" + body)) for name, title, body in pages]
        groups = {g: [q for q, _ in qs] for g, qs in GROUPS.items()}
        truth = {q: sorted(u for u, t in texts if all(plain(w) in t for w in meant)) for qs in GROUPS.values() for q, meant in qs}
        for q, t in truth.items():
            if not t:
                print(f"N={n}: no corpus page holds every meant word of '{q}'", file=sys.stderr)
        truth_file = os.path.join(site, "truth.json")
        with open(truth_file, "w", encoding="utf-8") as f:
            json.dump({"groups": groups, "truth": truth, "reps": a.reps}, f, ensure_ascii=False)
        m = json.loads(sh(["node", os.path.join(HERE, "measure.cjs"), output, bundle, truth_file],
                          env={**os.environ, "NODE_PATH": os.path.join(a.npm, "node_modules")}).stdout)
        with open(os.path.join(site, "measured.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
        ours = sum(os.path.getsize(os.path.join(output, "search", f)) for f in ("index.json.gz", "text.bin.gz", "display.json.gz"))
        rows.append((n, "ItaSite", ours / n, index_s, m["ours"]))
        rows.append((n, "word index (Intl.Segmenter both sides)", None, None, m["words"]))
        rows.append((n, f"Pagefind {pf_version}", dir_bytes(bundle) / n, pf_s, m["pagefind"]))

    load = os.getloadavg()
    print(f"{time.strftime('%Y-%m-%d %H:%M %Z')}; load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min) on "
          f"{os.cpu_count()} cores; {sum(len(q) for q in GROUPS.values())} queries x {a.reps} runs")
    print("| N | engine | index bytes/page | indexing s | index load ms | query group | queries | recall | precision | "
          "query median ms | query p95 ms | p95 of per-query best ms | worst query (recall) |")
    print("|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|")
    for n, engine, bpp, secs, r in rows:
        bpp = "–" if bpp is None else f"{bpp:,.0f}"
        secs = "–" if secs is None else f"{secs:.2f}"
        for g in GROUPS:
            s = r["groups"][g]
            print(f"| {n:,} | {engine} | {bpp} | {secs} | {r['load_ms']:.0f} | {g} | {len(GROUPS[g])} | {s['recall']:.3f} | "
                  f"{s['precision']:.3f} | {s['median_ms']:.2f} | {s['p95_ms']:.2f} | {s['best_p95_ms']:.2f} | {s['worst'][0]} ({s['worst'][1]:.2f}) |")
    print("ItaSite extras: " + "; ".join(f"N={n}: first results {r['load_ms']:.0f} ms, snippets +{r['display_ms']:.0f} ms, "
                                        f"slip skeleton +{r['skeleton_ms']:.0f} ms" for n, e, _, _, r in rows if e == "ItaSite"))


if __name__ == "__main__":
    main()
