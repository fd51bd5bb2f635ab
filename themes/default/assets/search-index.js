// The index in the browser: loading the three files the generator's "index" stage writes (search/index.json.gz: the
// pages with their kind and year; search/text.bin.gz: their folded text, one byte per char; search/display.json.gz: their
// text for snippets, loaded after the first results are shown), the per-page signatures made at load, and the lookups every
// step is built from: which pages hold a term (scan, mayContain) and whether any does (occurs). Substring matching on the
// folded text: the whole site's text is one one-byte string, searched with the engine's own indexOf.

import { encode, fold, isEncodedMark } from "./search-thai.js";

// The position in the pattern of its rarest char (by a sample of the index): indexOf looks for that char first (memchr),
// and stops less often than on a common first letter such as ร or น.
function anchorOf(index, e) {
  var best = 0, bestCount = Infinity;
  for (var k = 0; k < e.length; k++) {
    var n = index.frequency[e.charCodeAt(k)];
    if (n < bestCount) { best = k; bestCount = n; }
  }
  return best;
}

/**
 * Finds the first match of the encoded term e in each page: in the pages' text (region 0) or titles (region 1), and only in
 * the pages listed in cand (ascending ids), or in all when cand is null, stopping after limit pages when limit is given. A
 * match may not end before a Thai mark. Returns per page 0 (no match) or 1 + the match's offset in the page's text.
 */
export function scan(index, e, region, cand, limit) {
  var text = index.text, starts = index.starts, n = index.docs.length, base = region * n;
  var first = new Int32Array(n), hits = 0;
  var m = cand ? cand.length : n, len = e.length;
  if (m === 0 || len === 0) return first;
  var k = anchorOf(index, e), tail = k ? e.slice(k) : e;
  if (cand) return scanPages(index, e, k, tail, base, cand, limit, first);
  var end = starts[base + n], p = 0, pos = starts[base + (cand ? cand[0] : 0)];
  search: while (p < m) {
    var i = text.indexOf(tail, pos + k);
    var s = i - k;
    if (i < 0 || s >= end) break;
    while (p < m && starts[base + (cand ? cand[p] : p) + 1] <= s) p++;
    if (p >= m) break;
    var d = cand ? cand[p] : p, ds = starts[base + d];
    if (s < ds) { pos = ds; continue; }
    for (var j = 0; j < k; j++) if (text.charCodeAt(s + j) !== e.charCodeAt(j)) { pos = s + 1; continue search; }
    if (isEncodedMark(text.charCodeAt(s + len))) { pos = s + 1; continue; }
    first[d] = 1 + s - ds;
    if (limit && ++hits >= limit) break;
    p++;
    pos = p < m ? starts[base + (cand ? cand[p] : p)] : end;
  }
  return first;
}

// scan() among listed pages: each page is searched on its own (a slice of the text shares its chars), so a page the
// signature let through without the term costs that page only, not a run to the term's next occurrence on the site, which
// for a term no page holds is the rest of the text.
function scanPages(index, e, k, tail, base, cand, limit, first) {
  var text = index.text, starts = index.starts, len = e.length, hits = 0;
  pages: for (var p = 0; p < cand.length; p++) {
    var d = cand[p], page = text.slice(starts[base + d], starts[base + d + 1]);
    found: for (var i = page.indexOf(tail, k); i >= 0; i = page.indexOf(tail, i + 1)) {
      var s = i - k;
      for (var j = 0; j < k; j++) if (page.charCodeAt(s + j) !== e.charCodeAt(j)) continue found;
      if (isEncodedMark(page.charCodeAt(s + len))) continue;
      first[d] = 1 + s;
      if (limit && ++hits >= limit) break pages;
      continue pages;
    }
  }
  return first;
}

export function pagesWith(first) {
  var out = [];
  for (var i = 0; i < first.length; i++) if (first[i]) out.push(i);
  return out;
}

// Each page's text has a signature: a 2048-bit set of the hashes of its three-char sequences, made at load. A page can only
// contain a term if its signature holds every three-char sequence of the term, so most pages without the term are never
// scanned; the scan then checks the rest exactly. The signatures are stored by bit: for each of the 2048 bits, one bit per
// page (rows of ROW words), so the pages a term allows are the AND of a few rows, 32 pages at a time.
var SIGNATURE_BITS = 2048;

function trigramBit(key) {
  return Math.imul(key, 0x9E3779B1) >>> 21;
}

function signatures(text, starts, n) {
  var row = (n + 31) >>> 5, sig = new Int32Array(SIGNATURE_BITS * row);
  for (var d = 0; d < n; d++) {
    var from = starts[d], to = starts[d + 1] - 1, word = d >>> 5, mask = 1 << (d & 31);
    if (to - from < 3) continue;
    var key = (text.charCodeAt(from) << 8) | text.charCodeAt(from + 1);
    for (var i = from + 2; i < to; i++) {
      key = ((key << 8) | text.charCodeAt(i)) & 0xFFFFFF;
      sig[trigramBit(key) * row + word] |= mask;
    }
  }
  return { row: row, bits: sig };
}

/** The pages (ascending ids) among cand, or among all when cand is null, whose signature allows the encoded term e. */
export function mayContain(index, e, cand) {
  var n = index.docs.length, sig = index.signatures.bits, row = index.signatures.row, bits = [];
  for (var i = 2; i < e.length; i++) {
    var h = trigramBit((e.charCodeAt(i - 2) << 16) | (e.charCodeAt(i - 1) << 8) | e.charCodeAt(i));
    if (bits.indexOf(h * row) < 0) bits.push(h * row);
  }
  if (bits.length === 0) return cand;
  var out = [], b, nb = bits.length;
  if (cand) {
    pages: for (var p = 0; p < cand.length; p++) {
      var d = cand[p], word = d >>> 5, mask = 1 << (d & 31);
      for (b = 0; b < nb; b++) if ((sig[bits[b] + word] & mask) === 0) continue pages;
      out.push(d);
    }
    return out;
  }
  for (var w = 0; w < row; w++) {
    var all = -1;
    for (b = 0; b < nb && all !== 0; b++) all &= sig[bits[b] + w];
    while (all !== 0) {
      var low = all & -all;
      out.push((w << 5) + 31 - Math.clz32(low));
      all ^= low;
    }
  }
  return out;
}

/**
 * Prepares the index for searching: the page list (index.json) and the encoded folded text (text.bin, decoded as
 * windows-1252, which is Latin-1 for every byte the index writes). Nothing of the pages is folded here.
 */
function prepare(meta, text) {
  var docs = meta.d, n = docs.length;
  if (meta.v !== 2) throw new Error("index version " + meta.v);
  var starts = new Int32Array(2 * n + 1);
  var at = 0;
  for (var r = 0; r < 2 * n; r++) {
    starts[r] = at;
    var z = text.indexOf("\u0000", at);
    if (z < 0) throw new Error("index text has fewer pages than the index");
    at = z + 1;
  }
  starts[2 * n] = at;
  if (at !== text.length) throw new Error("index text has more pages than the index");
  var frequency = new Uint32Array(256);
  for (var i = 0; i < text.length; i += 7) frequency[text.charCodeAt(i)]++;
  for (var d = 0; d < n; d++) docs[d].fc = docs[d].c ? fold(docs[d].c) : "";
  return { docs: docs, text: text, starts: starts, frequency: frequency, signatures: signatures(text, starts, n) };
}

/** True when some page's text holds the folded term (same rules as a search). */
export function occurs(index, term) {
  var e = encode(term), cand = mayContain(index, e, null);
  if (cand && cand.length === 0) return false;
  var first = scan(index, e, 0, cand, 1);
  for (var i = 0; i < first.length; i++) if (first[i]) return true;
  return false;
}

// The bytes of one index file; a host may already have undone the gzip (Content-Encoding), so only what still starts with
// the gzip magic is decompressed.
function fetchBytes(url) {
  return fetch(url, { credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.arrayBuffer();
  }).then(function (buffer) {
    var bytes = new Uint8Array(buffer);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
    }
    return buffer;
  });
}

/** Loads what searching needs (the page list and the encoded text), relative to root. */
export function loadIndex(root) {
  return Promise.all([fetchBytes(root + "search/index.json.gz"), fetchBytes(root + "search/text.bin.gz")]).then(function (files) {
    var meta = JSON.parse(new TextDecoder("utf-8").decode(files[0]));
    return prepare(meta, new TextDecoder("windows-1252").decode(files[1]));
  });
}

/** Loads the pages' display text (for snippets) into a loaded index. */
export function loadDisplay(root, index) {
  return fetchBytes(root + "search/display.json.gz").then(function (bytes) {
    var display = JSON.parse(new TextDecoder("utf-8").decode(bytes));
    if (display.v !== 2 || display.x.length !== index.docs.length) throw new Error("display text does not match the index");
    for (var i = 0; i < index.docs.length; i++) index.docs[i].x = display.x[i];
    return index;
  });
}
