// Scoring: the pages holding a query's words and their order. The phrase step (phraseResults) and the words steps
// (byWords: all words, or most of them, close together first). docs/search.md gives the ranking rules.

import { encode, fold } from "./search-thai.js";
import { mayContain, pagesWith, scan } from "./search-index.js";

/**
 * Every page containing every word of the query, best first: the item whose code is the query, then titles containing
 * the query (OIT items before other pages), then pages with the whole query as a phrase, then pages that mention the longest
 * word earlier (in their summary or headings rather than deep in an attachment's text). Ties keep index order (newest year first,
 * items in framework order). Each word is looked for only in the pages that hold the words before it.
 */
export function phraseResults(index, query, words) {
  if (words.length === 0) return [];
  var docs = index.docs, firsts = [], cand = holdingAll(index, words.map(encode), firsts), firstAt = firsts[0], w;
  if (cand.length === 0) return [];
  var phrase = fold(query), encodedPhrase = encode(phrase);
  var inTitle = scan(index, encodedPhrase, 1, cand);
  var wordsInTitle = words.map(function (word) { return word === phrase ? inTitle : scan(index, encode(word), 1, cand); });
  var asPhrase = words.length > 1 ? scan(index, encodedPhrase, 0, mayContain(index, encodedPhrase, cand)) : null;
  // One sortable number per result: score, then earlier first match, then index order.
  var keys = new Float64Array(cand.length);
  for (var c = 0; c < cand.length; c++) {
    var i = cand[c], d = docs[i];
    // A page before the entry of a table it shows, other things equal.
    var score = d.k === "data" ? 0 : 1;
    if (d.fc && d.fc === phrase) score += 1000;
    if (inTitle[i]) score += d.k === "item" ? 150 : 100;
    else for (w = 0; w < words.length; w++) if (wordsInTitle[w][i]) score += 10;
    if (asPhrase && asPhrase[i]) score += 50;
    // Among pages whose title holds the query, framework order decides, not where the title puts it.
    var at = inTitle[i] ? 0 : Math.min(firstAt[i], 2097151);
    keys[c] = Math.min(score, 2047) * 4398046511104 + (2097151 - at) * 2097152 + (2097151 - i);
  }
  keys.sort();
  var results = new Array(cand.length);
  for (c = 0; c < keys.length; c++) {
    var key = keys[keys.length - 1 - c];
    var order = 2097151 - (key % 2097152);
    results[c] = { doc: docs[order], score: Math.floor(key / 4398046511104), order: order };
  }
  return results;
}

/**
 * Pages (ascending ids) holding every encoded word. The word whose signature allows the fewest pages is scanned first and
 * each next one only among the pages holding the words before it, so a common word (รายงาน, ประชาชน) is looked for in the
 * few pages a rarer one leaves. firstAt[w], when given, gets the scan of word w (1 + its first offset, on those pages).
 */
function holdingAll(index, encoded, firstAt) {
  var allowed = encoded.map(function (e) { return mayContain(index, e, null); });
  var order = encoded.map(function (e, w) { return w; }).sort(function (a, b) {
    return (allowed[a] ? allowed[a].length : Infinity) - (allowed[b] ? allowed[b].length : Infinity) || a - b;
  });
  var cand = null;
  for (var o = 0; o < order.length; o++) {
    var w = order[o], found = scan(index, encoded[w], 0, cand === null ? allowed[w] : mayContain(index, encoded[w], cand));
    if (firstAt) firstAt[w] = found;
    cand = pagesWith(found);
    if (cand.length === 0) break;
  }
  if (firstAt) for (w = 0; w < encoded.length; w++) if (!firstAt[w]) firstAt[w] = new Int32Array(index.docs.length);
  return cand || [];
}

// True when page d holds all the encoded words within a short stretch: at some occurrence of the first word (up to
// MAX_AT), each other word starts at most NEAR chars before or after it. The other words' next occurrences are looked up
// only when the walk has passed them, so a page whose words are close early on costs a few indexOf calls, and a long page
// at most one pass per word.
var NEAR = 40, MAX_AT = 256;
function close(index, d, encoded, next) {
  var text = index.text, ds = index.starts[d], de = index.starts[d + 1], e0 = encoded[0], len0 = e0.length, w;
  for (w = 1; w < encoded.length; w++) next[w] = -1;
  for (var at = text.indexOf(e0, ds), seen = 0; at >= 0 && at < de && seen < MAX_AT; at = text.indexOf(e0, at + 1), seen++) {
    var ok = true;
    for (w = 1; w < encoded.length && ok; w++) {
      var x = next[w], lo = at - NEAR - encoded[w].length;
      if (x < lo) {
        x = text.indexOf(encoded[w], lo > ds ? lo : ds);
        if (x < 0 || x >= de) return false; // no occurrence of this word after here: no later one can be close either
        next[w] = x;
      }
      ok = x <= at + len0 + NEAR;
    }
    if (ok) return true;
  }
  return false;
}

/** Results for words (folded) no page holds as one phrase: pages holding all of them (minHeld = all) or most of them. */
export function byWords(index, words, minHeld) {
  var docs = index.docs, encoded = words.map(encode), n = docs.length;
  var held = new Int32Array(n), firstAt = new Int32Array(n).fill(2097151), cand;
  if (minHeld >= words.length) {
    var firsts = [];
    cand = holdingAll(index, encoded, firsts);
    for (var c = 0; c < cand.length; c++) {
      held[cand[c]] = words.length;
      for (var w = 0; w < words.length; w++) firstAt[cand[c]] = Math.min(firstAt[cand[c]], firsts[w][cand[c]]);
    }
  } else {
    for (w = 0; w < encoded.length; w++) {
      var found = scan(index, encoded[w], 0, mayContain(index, encoded[w], null));
      for (var i = 0; i < n; i++) if (found[i]) { held[i]++; firstAt[i] = Math.min(firstAt[i], found[i]); }
    }
    cand = [];
    for (i = 0; i < n; i++) if (held[i] >= minHeld) cand.push(i);
  }
  var inTitle = encoded.map(function (e) { return scan(index, e, 1, cand); }), next = new Array(encoded.length);
  var results = cand.map(function (i) {
    // Holding more words first, then the words close together, then titles holding them.
    var score = held[i] * 1000 + (docs[i].k === "data" ? 0 : 1), titled = 0;
    for (var w = 0; w < encoded.length; w++) if (inTitle[w][i]) titled++;
    if (titled === encoded.length) score += docs[i].k === "item" ? 150 : 100; else score += 10 * titled;
    if (held[i] === words.length && words.length > 1 && close(index, i, encoded, next)) score += 400;
    return { doc: docs[i], score: score, order: i, at: firstAt[i], held: held[i] };
  });
  results.sort(function (a, b) { return b.score - a.score || a.at - b.at || a.order - b.order; });
  return results;
}
