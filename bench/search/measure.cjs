// Measures ItaSite search and Pagefind over one built site in headless Chromium; prints JSON for run.py.
// Usage: NODE_PATH=<npm>/node_modules node measure.cjs <output dir> <pagefind bundle dir> <truth.json>
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [outputDir, pagefindDir, truthFile] = process.argv.slice(2);
const { groups, truth, reps } = JSON.parse(fs.readFileSync(truthFile, "utf8"));
const queries = Object.values(groups).flat();
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
// A bare page without the site's CSP (Pagefind needs WebAssembly), holding what search.js looks for.
const BENCH_PAGE = '<!doctype html><html lang="th"><head><meta charset="utf-8"><script type="module" src="/assets/search.js"></script></head>' +
  '<body data-root="/"><p id="search-status"></p><ol id="search-results"></ol></body></html>';

function serve() {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (url === "/__bench/") { res.writeHead(200, { "content-type": TYPES[".html"] }); return res.end(BENCH_PAGE); }
    let file = url.startsWith("/pagefind/") ? path.join(pagefindDir, url.slice("/pagefind/".length)) : path.join(outputDir, url);
    if (!file.startsWith(outputDir) && !file.startsWith(pagefindDir)) { res.writeHead(403); return res.end(); }
    if (url.endsWith("/")) file = path.join(file, "index.html");
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); return res.end(); }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "cache-control": "no-store" });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function pct(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]; }

// perQuery: per query (in queries order), the reps timings. All timings give median/p95; the per-query best shows the cost
// without preemption on a shared machine. Recall and precision are summed over the group's queries (micro average).
function groupStats(qs, perQuery, found) {
  const times = qs.map((q) => perQuery[queries.indexOf(q)]);
  const all = times.flat().sort((a, b) => a - b);
  const best = times.map((t) => Math.min(...t)).sort((a, b) => a - b);
  let hit = 0, expected = 0, returned = 0, worst = ["", 1];
  const detail = {};
  for (const q of qs) {
    const want = new Set(truth[q]);
    // Only corpus pages count: the site's own pages (OIT placeholders, home) are not in the ground truth.
    const got = new Set(found[q].filter((u) => /^p[0-9]+\/$/.test(u)));
    const h = [...want].filter((u) => got.has(u)).length;
    hit += h; expected += want.size; returned += got.size;
    const r = want.size ? h / want.size : 1;
    detail[q] = { expected: want.size, returned: got.size, found: h, rule: found.rules ? found.rules[q] : undefined };
    if (r < worst[1]) worst = [q, r];
  }
  return {
    median_ms: pct(all, 0.5), p95_ms: pct(all, 0.95), best_p95_ms: pct(best, 0.95),
    recall: expected ? hit / expected : 1, precision: returned ? hit / returned : 1, worst, perQuery: detail,
  };
}

function stats(perQuery, found) {
  const out = { groups: {} };
  for (const [g, qs] of Object.entries(groups)) out.groups[g] = groupStats(qs, perQuery, found);
  return out;
}

(async () => {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.ITASITE_CHROMIUM || "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  const out = {};

  // ItaSite: the index loads once on the page; then each query is timed reps times.
  await page.goto(base + "/__bench/");
  const t0 = Date.now();
  await page.waitForSelector("body[data-search-ready=true]", { timeout: 120000 });
  // Load again, timed: until searchable (page list + text; results are listed then), then the display text (snippets).
  const loaded = await page.evaluate(async () => {
    const t = performance.now();
    const index = await ItaSearch.loadIndex("/");
    const searchable = performance.now() - t;
    await ItaSearch.loadDisplay("/", index);
    const display = performance.now() - t - searchable;
    const s = performance.now();
    ItaSearch.skeleton(index);
    return { searchable, display, skeleton: performance.now() - s };
  });
  let load = loaded.searchable;
  let run = await page.evaluate(({ queries, reps }) => {
    const times = [], found = {}, rules = {};
    for (const q of queries) {
      const qt = [];
      times.push(qt);
      for (let i = 0; i < reps; i++) {
        const t = performance.now();
        const r = ItaSearch.understand(ItaSearch.index, q);
        qt.push(performance.now() - t);
        found[q] = r.results.map((x) => x.doc.u);
        rules[q] = r.rule + (r.fixed ? " → " + r.fixed : "") + (r.rule === "words" || r.rule === "most" ? ": " + r.words.join("·") : "");
      }
    }
    found.rules = rules;
    return { times, found };
  }, { queries, reps });
  out.ours = { load_ms: load, display_ms: loaded.display, skeleton_ms: loaded.skeleton, first_ready_ms: Date.now() - t0, ...stats(run.times, run.found) };

  // The alternative we measured against: a word index (Intl.Segmenter('th') on both sides, i.e. ICU words at build and query
  // time with the same dictionary, the best case for ICU + P/Invoke), a page matching when it has every word of the query.
  run = await page.evaluate(({ queries, reps }) => {
    const seg = new Intl.Segmenter("th", { granularity: "word" });
    const words = (s) => [...seg.segment(ItaSearch.clean(s).toLowerCase())].filter((x) => x.isWordLike).map((x) => x.segment);
    const t0 = performance.now();
    const docs = ItaSearch.index.docs;
    const sets = docs.map((d) => new Set(words(d.x)));
    const buildMs = performance.now() - t0;
    const times = [], found = {};
    for (const q of queries) {
      const qt = [];
      times.push(qt);
      for (let i = 0; i < reps; i++) {
        const t = performance.now();
        const w = words(q);
        const hits = [];
        for (let k = 0; k < sets.length; k++) if (w.every((x) => sets[k].has(x))) hits.push(docs[k].u);
        qt.push(performance.now() - t);
        found[q] = hits;
      }
    }
    return { times, found, buildMs };
  }, { queries, reps });
  out.words = { load_ms: run.buildMs, ...stats(run.times, run.found) };
  // Pagefind: its own JS API; the first search of each query loads that query's index chunks (counted, as a user sees it).
  const pf = await browser.newPage();
  await pf.goto(base + "/__bench/");
  load = await pf.evaluate(async () => { const t = performance.now(); window.pf = await import("/pagefind/pagefind.js"); await pf.init(); return performance.now() - t; });
  run = await pf.evaluate(async ({ queries, reps }) => {
    const times = [], found = {};
    for (const q of queries) {
      let r;
      const qt = [];
      times.push(qt);
      for (let i = 0; i < reps; i++) {
        const t = performance.now();
        r = await pf.search(q);
        qt.push(performance.now() - t);
      }
      const data = await Promise.all(r.results.map((x) => x.data()));
      found[q] = data.map((d) => d.url.replace(/^\//, ""));
    }
    return { times, found };
  }, { queries, reps });
  out.pagefind = { load_ms: load, ...stats(run.times, run.found) };

  await browser.close();
  server.close();
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
