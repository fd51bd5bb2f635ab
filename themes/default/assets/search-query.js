// Query understanding: a query's space-separated terms, their words (Intl.Segmenter pieces joined back by how the site's
// pages use them), typing slips corrected, and understand(), which takes a query through the steps phrase, all words, most
// words and correction, each only when the one before found nothing. docs/search.md describes the rules.

import { clean, encode, fold, pieces, skeletonOf } from "./search-thai.js";
import { mayContain, occurs, scan } from "./search-index.js";
import { SAMPLE, correct, sampleHas } from "./search-slips.js";
import { byWords, phraseResults } from "./search-rank.js";

var NUMBER = /^[0-9.,:\/-]+$/;

// The words of a query, longest first. A bare number between two words belongs to them ("รอบ 6 เดือน" is one term,
// matching รอบ6เดือน and รอบ ๖ เดือน), since a number alone would match almost every page.
export function terms(query) {
  var parts = clean(query).split(" ").map(fold).filter(Boolean);
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var glued = i > 0 && i + 1 < parts.length && NUMBER.test(parts[i]) && !NUMBER.test(parts[i - 1]) && !NUMBER.test(parts[i + 1]);
    if (glued) { out[out.length - 1] += parts[i] + parts[i + 1]; i++; } else out.push(parts[i]);
  }
  var seen = {};
  return out.filter(function (t) {
    if (seen[t]) return false;
    seen[t] = true;
    return true;
  }).sort(function (a, b) { return b.length - a.length; });
}

var MAX_SPAN = 8; // pieces joined into one word at most

// Word boundaries come from the pages: two neighbouring pieces are one word when the pages that hold the rarer of them
// mostly hold them together (ร้อง·เรียน, งบ·ประมาณ, จัด·ซื้อ), and two words when they mostly occur apart (แผน | จัดซื้อ).
// Counted in a sample of the pages, so that a query costs the same on a big site.
// A phrase that was found is split only where its parts are rarely together (GLUE_FOUND): แผน | จัดซื้อ, not ดำเนิน·งาน.
var GLUE = 0.5, GLUE_FOUND = 0.2;

function sampleCount(index, term, memo) {
  if (memo[term] !== undefined) return memo[term];
  var n = Math.min(index.docs.length, SAMPLE);
  if (!index.sample) { index.sample = []; for (var i = 0; i < n; i++) index.sample.push(i); }
  var e = encode(term), found = scan(index, e, 0, mayContain(index, e, index.sample)), c = 0;
  for (i = 0; i < n; i++) if (found[i]) c++;
  memo[term] = c;
  return c;
}

function isWord(s) {
  return /[0-9a-z\u0E01-\u0E2E\u0E40-\u0E44]/.test(s);
}

/** The pieces of a term joined into words, by how the pages use them (see GLUE). */
function words(index, term, glueAt) {
  var p = pieces(term), runs = [], memo = index.counts || {}, share = glueAt === undefined ? GLUE : glueAt;
  for (var i = 0; i < p.length; i++) {
    var last = runs.length ? runs[runs.length - 1] : null, glue = false;
    if (last !== null) {
      var both = last + p[i], ab = sampleCount(index, both, memo);
      if (!isWord(last) || !isWord(p[i])) glue = ab > 0 || occurs(index, both);
      else if (ab > 0) glue = ab >= share * Math.min(sampleCount(index, last, memo), sampleCount(index, p[i], memo));
      else glue = sampleCount(index, last, memo) === 0 && sampleCount(index, p[i], memo) === 0 && occurs(index, both);
    }
    if (glue) runs[runs.length - 1] = both; else runs.push(p[i]);
  }
  return runs;
}

/**
 * A folded term as the words to look for: words(), each checked against the whole index. Where joining it with the words
 * after it takes a correction (correct), or a word occurs nowhere, the corrected text is used and marked fixed
 * (รอง·เรียน → ร้องเรียน: the correction joins what the typed text leaves apart). Returns [{ w, typed, fixed, missing }].
 */
function chunk(index, term, allowFix) {
  var p = words(index, term), out = [], i = 0;
  while (i < p.length) {
    var found = occurs(index, p[i]), fixJ = -1, fix = null, last = Math.min(p.length - 1, i + MAX_SPAN - 1);
    for (var j = last; allowFix && j >= (found ? i + 1 : i) && fixJ < 0; j--) {
      var s = p.slice(i, j + 1).join("");
      if (!isWord(s)) continue;
      // Joining words: only where the sample's skeleton holds the joined text, and the pages do not hold it as typed
      // (then the words were split by usage, not by a slip).
      if (j > i && (!sampleHas(index, skeletonOf(encode(s))) || occurs(index, s))) continue;
      if ((fix = correct(index, s)) && fix !== s) fixJ = j;
    }
    if (fixJ >= 0) { out.push({ w: fix, typed: p.slice(i, fixJ + 1).join(""), fixed: true }); i = fixJ + 1; }
    else { out.push({ w: p[i], typed: p[i], missing: !found }); i++; }
  }
  // Punctuation and lone marks are not words to look for.
  return out.filter(function (c) { return isWord(c.w); });
}

/**
 * The phrase's results, then the pages that hold its words apart (แผนจัดซื้อ: a page on "แผนการจัดซื้อ" is what the person
 * meant too), when a term is more than one word. words lists what the page said it looked for.
 */
function withWords(index, phrase, typed) {
  var split = [], several = false;
  typed.forEach(function (t) {
    var w = words(index, t, GLUE_FOUND).filter(isWord);
    several = several || w.length > 1;
    w.forEach(function (x) { if (split.indexOf(x) < 0) split.push(x); });
  });
  if (!several) return { rule: "phrase", results: phrase, words: typed };
  var listed = {};
  phrase.forEach(function (r) { listed[r.order] = true; });
  var extra = byWords(index, split, split.length).filter(function (r) { return !listed[r.order]; });
  return { rule: "phrase", results: phrase.concat(extra), words: typed.concat(split), phraseCount: phrase.length, split: split, extra: extra.length };
}

function fixedQuery(terms) {
  return terms.map(function (t) { return t.map(function (c) { return c.w; }).join(""); }).join(" ");
}

/** The phrase step (search-rank.js) for a query as typed; the browser tests call it as ItaSearch.search. */
export function search(index, query) {
  return phraseResults(index, query, terms(query));
}

/**
 * Everything the results page needs for a query: rule (phrase, words, most, none), results, the words looked for, and when
 * the words come from a correction, fixed (the corrected query). Steps, each only when the one before found nothing:
 * the query as typed (every space-separated part as a phrase, see search); its words; most of its words. A typing slip is
 * corrected where the typed text holds no word there, or where the correction joins more of it into one word the index holds
 * (รองเรียน: รอง·เรียน → ร้องเรียน); a query found as typed is never corrected, so ซื้อ does not bring ซื่อ.
 */
export function understand(index, query, noFix) {
  // The sample's counts are kept for this query (and its correction) only, so each query costs what it costs.
  if (!noFix) index.counts = {};
  var phrase = search(index, query), typed = terms(query);
  if (typed.length === 0) return { rule: "none", results: [], words: typed };
  if (phrase.length) return withWords(index, phrase, typed);
  var order = clean(query).split(" ").map(fold).filter(Boolean);
  var chunks = order.map(function (t) { return chunk(index, t, !noFix); });
  var fixed = chunks.some(function (t) { return t.some(function (c) { return c.fixed; }); });
  if (fixed) {
    var corrected = fixedQuery(chunks), sub = understand(index, corrected, true);
    sub.fixed = corrected;
    sub.typedRule = sub.rule;
    sub.rule = sub.results.length ? "fixed" : "none";
    return sub;
  }
  var words = [], seen = {};
  chunks.forEach(function (t) { t.forEach(function (c) { if (!seen[c.w]) { seen[c.w] = true; words.push(c.w); } }); });
  var missing = chunks.some(function (t) { return t.some(function (c) { return c.missing; }); });
  if (words.length > 1 && !missing) {
    var all = byWords(index, words, words.length);
    if (all.length) return { rule: "words", results: all, words: words };
  }
  // "Most" is at least two words and at least half of them: one word of two is only a fragment of what was meant.
  if (words.length > 2) {
    var most = byWords(index, words, Math.max(2, Math.ceil(words.length / 2)));
    if (most.length) return { rule: "most", results: most, words: words };
  }
  return { rule: "none", results: [], words: words };
}
