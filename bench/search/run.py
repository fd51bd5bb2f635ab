#!/usr/bin/env python3
"""Search benchmark: ItaSite's index against Pagefind on the same synthetic Thai corpus.

For each N (default 1000 and 10000): makes the corpus with ../../../shared/bench/make-corpus.py (or --make-corpus),
turns it into an ItaSite content tree (one plain page per corpus page), builds it with the ItaSite CLI, runs Pagefind over
the same HTML (root selector <main>), then measures both in headless Chromium and prints one table:
index bytes/page, indexing time, query latency median/p95 and recall/precision against the ground truth
"pages whose Markdown text contains the query".

Needs: the .NET SDK (the CLI is built in Release first), Node, Chromium at /usr/bin/chromium, and
`npm install pagefind playwright-core` in --npm (default: a scratch folder in the system temp folder; done for you).
Usage: python3 bench/search/run.py [N ...] [--work DIR] [--npm DIR]
"""
import argparse
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

# Thai queries of one or more words (and two precision probes: ซื้อ must not find ซื่อ, and the reverse).
QUERIES = [
    "ร้องเรียน", "ทุจริต", "จัดซื้อจัดจ้าง", "รอบ 6 เดือน", "งบประมาณ", "ประพฤติมิชอบ", "ความโปร่งใส", "คุณธรรม",
    "ผลการดำเนินงาน", "ความพึงพอใจ", "ทรัพยากรบุคคล", "ความเสี่ยง", "การมีส่วนร่วม", "แผนปฏิบัติการ", "ประชาสัมพันธ์",
    "ซื้อ", "ซื่อสัตย์", "ผู้บริหาร", "กองคลัง", "สำนักปลัด", "ผลประโยชน์ทับซ้อน", "ข้อมูลข่าวสาร", "ป้องกันการทุจริต",
    "ศูนย์ข้อมูลข่าวสาร", "การเปิดเผยข้อมูล",
]

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
    cli = os.path.join(REPO, "generator", "ItaSite.Cli", "bin", "Release", "net10.0", "itasite.dll")
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

        truth = {q: sorted(name + "/" for name, title, body in pages if q in title + "\n" + body) for q in QUERIES}
        truth_file = os.path.join(site, "truth.json")
        with open(truth_file, "w", encoding="utf-8") as f:
            json.dump({"queries": QUERIES, "truth": truth, "reps": a.reps}, f, ensure_ascii=False)
        m = json.loads(sh(["node", os.path.join(HERE, "measure.cjs"), output, bundle, truth_file],
                          env={**os.environ, "NODE_PATH": os.path.join(a.npm, "node_modules")}).stdout)
        with open(os.path.join(site, "measured.json"), "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=1)
        ours = sum(os.path.getsize(os.path.join(output, "search", f)) for f in ("index.json.gz", "text.bin.gz", "display.json.gz"))
        rows.append((n, "ItaSite", ours / n, index_s, m["ours"]))
        rows.append((n, "word index (Intl.Segmenter both sides)", None, None, m["words"]))
        rows.append((n, f"Pagefind {pf_version}", dir_bytes(bundle) / n, pf_s, m["pagefind"]))

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {len(QUERIES)} queries x {a.reps} runs")
    print("| N | engine | index bytes/page | indexing s | index load ms | + snippets ms | query median ms | query p95 ms | p95 of per-query best ms | recall | precision | worst query (recall) |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for n, engine, bpp, secs, r in rows:
        bpp = "–" if bpp is None else f"{bpp:,.0f}"
        secs = "–" if secs is None else f"{secs:.2f}"
        snip = f"{r['display_ms']:.0f}" if "display_ms" in r else "–"
        print(f"| {n:,} | {engine} | {bpp} | {secs} | {r['load_ms']:.0f} | {snip} | {r['median_ms']:.2f} | {r['p95_ms']:.2f} | {r['best_p95_ms']:.2f} | "
              f"{r['recall']:.3f} | {r['precision']:.3f} | {r['worst'][0]} ({r['worst'][1]:.2f}) |")


if __name__ == "__main__":
    main()
