// Typing slips: the skeleton of the site's text (tone marks dropped, long and short vowels one, consonants of one sound
// one), made once after the index loads, and correct(), which turns a term no page holds into text a page really holds.

import { DROP, SKELETON, decode, encode, isEncodedMark, skeletonOf } from "./search-thai.js";

// The pages counted when the query's pieces are joined into words (search-query.js) and when a joined correction is
// tried (sampleHas): the first SAMPLE entries, so that a query costs the same on a big site.
export var SAMPLE = 1000;

/** The skeleton of every page's text (not titles), made once, on the first query that needs it. */
export function skeleton(index) {
  if (index.skeleton) return index.skeleton;
  var text = index.text, n = index.docs.length, end = index.starts[n];
  var bytes = new Uint8Array(end), starts = new Int32Array(n + 1), k = 0, d = 0;
  for (var i = 0; i < end; i++) {
    if (i === index.starts[d]) starts[d++] = k;
    var m = SKELETON[text.charCodeAt(i)];
    if (m !== DROP) bytes[k++] = m;
  }
  while (d <= n) starts[d++] = k;
  index.skeleton = { text: new TextDecoder("windows-1252").decode(bytes.subarray(0, k)), starts: starts };
  return index.skeleton;
}

/** True when the skeleton of the sample's pages (the first SAMPLE) holds the skeleton text target. */
export function sampleHas(index, target) {
  var sk = skeleton(index);
  if (sk.sample === undefined) sk.sample = sk.text.slice(0, sk.starts[Math.min(index.docs.length, SAMPLE)]);
  return target.length > 1 && sk.sample.indexOf(target) >= 0;
}

function pageAt(starts, n, pos) {
  var lo = 0, hi = n - 1;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function editDistance(a, b) {
  var prev = [], cur = [];
  for (var j = 0; j <= b.length; j++) prev[j] = j;
  for (var i = 1; i <= a.length; i++) {
    cur = [i];
    for (j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * What the person probably meant by a folded term no page holds: the text of the index whose skeleton equals the term's
 * (so it really occurs on a page), the closest to what was typed, then the most frequent. Null when there is none.
 */
export function correct(index, term) {
  var sk = skeleton(index), target = skeletonOf(encode(term));
  if (target.length < 2) return null;
  var text = index.text, n = index.docs.length, seen = {}, best = null, pos = 0;
  for (var found = 0; found < 64; found++) {
    var at = sk.text.indexOf(target, pos);
    if (at < 0) break;
    pos = at + 1;
    if (isEncodedMark(sk.text.charCodeAt(at + target.length))) continue;
    var d = pageAt(sk.starts, n, at);
    if (at + target.length >= sk.starts[d + 1]) continue; // runs into the next page
    // Walk the page's text and its skeleton side by side to the match, then over it and the marks it dropped.
    var o = index.starts[d], k = sk.starts[d];
    while (k < at) { if (SKELETON[text.charCodeAt(o)] !== DROP) k++; o++; }
    while (SKELETON[text.charCodeAt(o)] === DROP) o++;
    var from = o;
    for (var c = 0; c < target.length; o++) if (SKELETON[text.charCodeAt(o)] !== DROP) c++;
    while (SKELETON[text.charCodeAt(o)] === DROP && text.charCodeAt(o) !== 0) o++;
    var word = decode(text.slice(from, o));
    if (seen[word]) { seen[word].count++; continue; }
    seen[word] = { word: word, count: 1, distance: editDistance(word, term) };
  }
  for (var w in seen) {
    var s = seen[w];
    if (s.distance > Math.max(2, Math.ceil(term.length / 4))) continue;
    if (!best || s.distance < best.distance || (s.distance === best.distance && s.count > best.count)) best = s;
  }
  return best ? best.word : null;
}
