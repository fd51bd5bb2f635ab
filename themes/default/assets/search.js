// Site search. Every page: puts ?q= back into the search boxes. The search page (/search/): loads the index the generator's
// "index" stage writes (search/index.json.gz: the pages with their kind and year; search/text.bin.gz: their folded text, one
// byte per char; search/display.json.gz: their text for snippets, loaded after the first results are shown) and lists the
// pages with code, title, kind, year and a highlighted snippet, filtered by year and kind. No request leaves the site.
//
// Matching is substring matching on folded text, so a page matches "จัดซื้อจัดจ้าง" exactly when its text contains it; the
// whole site's text is one string, searched with the engine's own indexOf. When the query is not on any page as typed,
// understand() splits it into words (Intl.Segmenter, joined back into the longest runs the index holds) and lists the pages
// holding every word, then those holding most; a typing slip (tone marks, vowel length…) is corrected to text that really
// occurs in the index, and the page says so. clean(), fold() and encode() mirror SearchNormalizer.cs and
// SearchTextEncoding.cs; keep them in step. docs/search.md describes the rules.
(function () {
  "use strict";

  var INVISIBLE = /[\u200B\u200C\u200D\u2060\u00AD\uFEFF]/g;
  var SPLIT_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
  var TONE_BEFORE_VOWEL = /([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A])/g;
  var WHITESPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
  var PAGE_SIZE = 50;
  var NUMBER = /^[0-9.,:\/-]+$/;

  function clean(text) {
    return String(text).normalize("NFC")
      .replace(INVISIBLE, "")
      .replace(SPLIT_SARA_AM, "$1\u0E33")
      .replace(TONE_BEFORE_VOWEL, "$2$1")
      .replace(WHITESPACE, " ")
      .trim();
  }

  function fold(text) {
    return clean(text)
      .replace(/[\u0E50-\u0E59]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0x0E50 + 48); })
      .replace(/ /g, "")
      .toLowerCase();
  }

  // Folded text as the index stores it (SearchTextEncoding.cs): one char per char, so the whole site's text is one one-byte
  // string and indexOf runs natively. ASCII stays, Thai U+0E00–U+0E5F becomes U+00A0–U+00FF, anything else an escape of five
  // chars (U+001F and four hex digits as U+0001–U+0010). U+0000 ends each page's record.
  function encode(folded) {
    var out = "";
    for (var i = 0; i < folded.length; i++) {
      var c = folded.charCodeAt(i);
      if (c >= 0x20 && c <= 0x7F) out += folded.charAt(i);
      else if (c >= 0x0E00 && c <= 0x0E5F) out += String.fromCharCode(0xA0 + c - 0x0E00);
      else out += String.fromCharCode(0x1F, 1 + (c >> 12), 1 + ((c >> 8) & 15), 1 + ((c >> 4) & 15), 1 + (c & 15));
    }
    return out;
  }

  // A Thai mark that belongs to the letter before it: a match may not end just before one, so ซื้อ never matches ซื่อ and
  // "ก" does not match inside "กำ".
  function isMark(c) {
    return c === 0x0E31 || (c >= 0x0E33 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
  }

  function isEncodedMark(c) {
    return c >= 0xA0 && isMark(c - 0xA0 + 0x0E00);
  }

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
  function scan(index, e, region, cand, limit) {
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

  function pagesWith(first) {
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
  function mayContain(index, e, cand) {
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

  // The words of a query, longest first. A bare number between two words belongs to them ("รอบ 6 เดือน" is one term,
  // matching รอบ6เดือน and รอบ ๖ เดือน), since a number alone would match almost every page.
  function terms(query) {
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

  /**
   * Every page containing every word of the query, best first: the item whose code is the query, then titles containing
   * the query (OIT items before other pages), then pages with the whole query as a phrase, then pages that mention the longest
   * word earlier (in their summary or headings rather than deep in an attachment's text). Ties keep index order (newest year first,
   * items in framework order). Each word is looked for only in the pages that hold the words before it.
   */
  function search(index, query) {
    var words = terms(query);
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

  // ---- Query understanding: when the query is not on any page as typed, its words; then most of them; typing slips. ----

  var MAX_SPAN = 8; // pieces joined into one word at most
  var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;

  // Without Intl.Segmenter: Thai split before each consonant or leading vowel (roughly syllables), other text by script.
  // The pieces are joined back into words the index holds (chunk), so the fallback only needs to split too finely.
  function fallbackPieces(term) {
    var out = [], cur = "";
    for (var i = 0; i < term.length; i++) {
      var c = term.charCodeAt(i), thai = c >= 0x0E00 && c <= 0x0E7F, prev = i ? term.charCodeAt(i - 1) : 0;
      var startsSyllable = thai && ((c >= 0x0E01 && c <= 0x0E2E && !(prev >= 0x0E40 && prev <= 0x0E44)) || (c >= 0x0E40 && c <= 0x0E44));
      var scriptChange = cur && (thai !== (prev >= 0x0E00 && prev <= 0x0E7F));
      if (cur && (startsSyllable || scriptChange)) { out.push(cur); cur = ""; }
      cur += term.charAt(i);
    }
    if (cur) out.push(cur);
    return out;
  }

  /** The pieces of one folded term: Intl.Segmenter('th') words, or the fallback's syllables. */
  function pieces(term) {
    if (!segmenter) return fallbackPieces(term);
    var out = [];
    for (var it = segmenter.segment(term)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) out.push(s.value.segment);
    return out;
  }

  /** True when some page's text holds the folded term (same rules as a search). */
  function occurs(index, term) {
    var e = encode(term), cand = mayContain(index, e, null);
    if (cand && cand.length === 0) return false;
    var first = scan(index, e, 0, cand, 1);
    for (var i = 0; i < first.length; i++) if (first[i]) return true;
    return false;
  }

  function decode(e) {
    var out = "";
    for (var i = 0; i < e.length; i++) {
      var c = e.charCodeAt(i);
      if (c === 0x1F) {
        out += String.fromCharCode(((e.charCodeAt(i + 1) - 1) << 12) | ((e.charCodeAt(i + 2) - 1) << 8) | ((e.charCodeAt(i + 3) - 1) << 4) | (e.charCodeAt(i + 4) - 1));
        i += 4;
      } else out += String.fromCharCode(c >= 0xA0 ? 0x0E00 + c - 0xA0 : c);
    }
    return out;
  }

  // The skeleton of encoded text: what is left when the usual Thai typing slips are undone. Tone marks, mai taikhu and
  // thanthakhat are dropped (missing, extra or wrong tone), long and short vowels are one (ิ/ี, ึ/ื, ุ/ู, ั/า), and so are
  // consonants of one sound often mixed up (ศ/ษ/ส, ณ/น, ธ/ท). DROP marks a char the skeleton leaves out.
  var DROP = 256;
  var SKELETON = (function () {
    var map = new Uint16Array(256);
    for (var c = 0; c < 256; c++) map[c] = c;
    var th = function (u) { return 0xA0 + u - 0x0E00; };
    [0x0E47, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C].forEach(function (u) { map[th(u)] = DROP; });
    [[0x0E35, 0x0E34], [0x0E37, 0x0E36], [0x0E39, 0x0E38], [0x0E32, 0x0E31], [0x0E28, 0x0E2A], [0x0E29, 0x0E2A], [0x0E13, 0x0E19], [0x0E18, 0x0E17]]
      .forEach(function (p) { map[th(p[0])] = th(p[1]); });
    return map;
  })();

  function skeletonOf(e) {
    var out = "";
    for (var i = 0; i < e.length; i++) {
      var m = SKELETON[e.charCodeAt(i)];
      if (m !== DROP) out += String.fromCharCode(m);
    }
    return out;
  }

  /** The skeleton of every page's text (not titles), made once, on the first query that needs it. */
  function skeleton(index) {
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
  function sampleHas(index, target) {
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
  function correct(index, term) {
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

  // Word boundaries come from the pages: two neighbouring pieces are one word when the pages that hold the rarer of them
  // mostly hold them together (ร้อง·เรียน, งบ·ประมาณ, จัด·ซื้อ), and two words when they mostly occur apart (แผน | จัดซื้อ).
  // Counted in a sample of the pages, so that a query costs the same on a big site.
  // A phrase that was found is split only where its parts are rarely together (GLUE_FOUND): แผน | จัดซื้อ, not ดำเนิน·งาน.
  var SAMPLE = 1000, GLUE = 0.5, GLUE_FOUND = 0.2;

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
  function byWords(index, words, minHeld) {
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

  /**
   * Everything the results page needs for a query: rule (phrase, words, most, none), results, the words looked for, and when
   * the words come from a correction, fixed (the corrected query). Steps, each only when the one before found nothing:
   * the query as typed (every space-separated part as a phrase, see search); its words; most of its words. A typing slip is
   * corrected where the typed text holds no word there, or where the correction joins more of it into one word the index holds
   * (รองเรียน: รอง·เรียน → ร้องเรียน); a query found as typed is never corrected, so ซื้อ does not bring ซื่อ.
   */
  function understand(index, query, noFix) {
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

  // A pattern that finds a folded term in cleaned (display) text: any case, Thai or Arabic digits, optional spaces between.
  function displayPattern(term) {
    var parts = [];
    for (var i = 0; i < term.length; i++) {
      var ch = term[i];
      if (ch >= "0" && ch <= "9") parts.push("[" + ch + String.fromCharCode(0x0E50 + (ch.charCodeAt(0) - 48)) + "]");
      else parts.push(ch.replace(/[.*+?^${}()|[\]\\\/-]/g, "\\$&"));
    }
    return parts.join(" ?");
  }

  function snippet(doc, words) {
    var text = doc.x;
    var re = new RegExp(words.map(displayPattern).join("|"), "gi");
    // Prefer a match after the leading "code title" line, which the result already shows.
    var head = (doc.c ? doc.c + " " : "") + doc.t;
    re.lastIndex = text.indexOf(head) === 0 ? head.length : 0;
    var first = re.exec(text);
    if (!first && re.lastIndex === 0) { re.lastIndex = 0; first = re.exec(text); }
    var at = first ? first.index : 0;
    var start = Math.max(0, at - 60);
    var space = text.lastIndexOf(" ", at);
    if (space >= start && at - space < 60) start = space + 1;
    while (start > 0 && start < at && isMark(text.charCodeAt(start))) start--;
    var end = Math.min(text.length, at + 160);
    while (end < text.length && isMark(text.charCodeAt(end))) end++;
    var frag = document.createDocumentFragment();
    if (start > 0) frag.appendChild(document.createTextNode("… "));
    var part = text.slice(start, end);
    re.lastIndex = 0;
    var last = 0;
    for (var m = re.exec(part); m; m = re.exec(part)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      frag.appendChild(document.createTextNode(part.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      frag.appendChild(mark);
      last = m.index + m[0].length;
    }
    frag.appendChild(document.createTextNode(part.slice(last) + (end < text.length ? " …" : "")));
    return frag;
  }

  function renderItem(root, result, words) {
    var d = result.doc;
    var li = document.createElement("li");
    li.className = "search-result";
    if (d.c) li.setAttribute("data-code", d.c);
    li.setAttribute("data-kind", d.k);
    if (d.y) li.setAttribute("data-year", String(d.y));
    var a = document.createElement("a");
    a.href = root + d.u;
    a.className = "search-result__link";
    if (d.c) {
      var code = document.createElement("span");
      code.className = "search-result__code";
      code.textContent = d.c;
      a.appendChild(code);
      a.appendChild(document.createTextNode(" "));
    }
    var title = document.createElement("span");
    title.className = "search-result__title";
    title.textContent = d.t;
    a.appendChild(title);
    li.appendChild(a);
    var meta = document.createElement("span");
    meta.className = "search-result__meta";
    meta.textContent = kindName(d.k) + (d.y ? " · พ.ศ. " + d.y : "") + (d.p ? " · ใน " + d.p : "");
    li.appendChild(meta);
    var p = document.createElement("p");
    p.className = "search-result__snippet";
    if (d.x !== undefined) p.appendChild(snippet(d, words));
    else pending.push({ p: p, doc: d, words: words });
    li.appendChild(p);
    return li;
  }

  // Snippets of results shown before the display text had loaded.
  var pending = [];

  function fillPending() {
    for (var i = 0; i < pending.length; i++) pending[i].p.appendChild(snippet(pending[i].doc, pending[i].words));
    pending = [];
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
  function loadIndex(root) {
    return Promise.all([fetchBytes(root + "search/index.json.gz"), fetchBytes(root + "search/text.bin.gz")]).then(function (files) {
      var meta = JSON.parse(new TextDecoder("utf-8").decode(files[0]));
      return prepare(meta, new TextDecoder("windows-1252").decode(files[1]));
    });
  }

  /** Loads the pages' display text (for snippets) into a loaded index. */
  function loadDisplay(root, index) {
    return fetchBytes(root + "search/display.json.gz").then(function (bytes) {
      var display = JSON.parse(new TextDecoder("utf-8").decode(bytes));
      if (display.v !== 2 || display.x.length !== index.docs.length) throw new Error("display text does not match the index");
      for (var i = 0; i < index.docs.length; i++) index.docs[i].x = display.x[i];
      return index;
    });
  }

  var KINDS = [["item", "ข้อ OIT"], ["measure", "มาตรการ"], ["page", "หน้าทั่วไป"], ["data", "ตารางข้อมูล"]];

  function kindName(k) {
    for (var i = 0; i < KINDS.length; i++) if (KINDS[i][0] === k) return KINDS[i][1];
    return k;
  }

  // The filters in the address (?q=…&y=2566&k=item), so a filtered list can be shared and survives reloading.
  function filterState() {
    var params = new URLSearchParams(window.location.search);
    return { year: params.get("y") || "", kind: params.get("k") || "" };
  }

  function passes(doc, state, skip) {
    return (skip === "year" || !state.year || String(doc.y) === state.year) && (skip === "kind" || !state.kind || doc.k === state.kind);
  }

  // One group of radio buttons with the count of results each choice leaves (counted under the other group's choice).
  function facet(name, legend, options, current, onChange) {
    var fieldset = document.createElement("fieldset");
    fieldset.className = "search-filter";
    var title = document.createElement("legend");
    title.textContent = legend;
    fieldset.appendChild(title);
    options.forEach(function (o) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = name;
      input.value = o.value;
      input.checked = o.value === current;
      input.addEventListener("change", function () { onChange(o.value); });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + o.label + " (" + o.count + ")"));
      fieldset.appendChild(label);
    });
    return fieldset;
  }

  function renderFilters(box, results, state, onChange) {
    box.textContent = "";
    if (results.length === 0) { box.hidden = true; return; }
    box.hidden = false;
    var years = {}, kinds = {}, yearTotal = 0, kindTotal = 0;
    results.forEach(function (r) {
      var d = r.doc;
      if (passes(d, state, "year")) { yearTotal++; if (d.y) years[d.y] = (years[d.y] || 0) + 1; }
      if (passes(d, state, "kind")) { kindTotal++; kinds[d.k] = (kinds[d.k] || 0) + 1; }
    });
    var yearOptions = [{ value: "", label: "ทุกปี", count: yearTotal }];
    Object.keys(years).sort().reverse().forEach(function (y) { yearOptions.push({ value: y, label: "พ.ศ. " + y, count: years[y] }); });
    if (state.year && !years[state.year]) yearOptions.push({ value: state.year, label: "พ.ศ. " + state.year, count: 0 });
    var kindOptions = [{ value: "", label: "ทุกประเภท", count: kindTotal }];
    KINDS.forEach(function (k) { if (kinds[k[0]] || state.kind === k[0]) kindOptions.push({ value: k[0], label: k[1], count: kinds[k[0]] || 0 }); });
    if (yearOptions.length > 1) box.appendChild(facet("y", "ปีงบประมาณ", yearOptions, state.year, function (v) { onChange("year", v); }));
    box.appendChild(facet("k", "ประเภท", kindOptions, state.kind, function (v) { onChange("kind", v); }));
  }

  function joinWords(words) {
    return words.join(" · ");
  }

  /** The sentence that says what was found and by which rule; the suggestion of a correction is a link beside it. */
  function describe(found, query, shown) {
    var count = shown + " หน้า";
    switch (found.rule) {
      case "phrase":
        if (!found.extra) return "พบ " + count + "ที่มีคำว่า “" + query + "”";
        return "พบ " + count + ": " + found.phraseCount + " หน้ามีวลี “" + query + "” และอีก " + found.extra + " หน้ามีทุกคำ: " + joinWords(found.split);
      case "words": return "ไม่พบวลีนี้ แสดงหน้าที่มีทุกคำ: " + joinWords(found.words) + " (" + count + ")";
      case "most": return "ไม่พบหน้าที่มีครบทุกคำ แสดงหน้าที่มีคำส่วนใหญ่: " + joinWords(found.words) + " (" + count + ")";
      case "fixed":
        if (found.typedRule === "words" || found.typedRule === "most") {
          return "ไม่พบ “" + query + "” แสดงหน้าที่มี" + (found.typedRule === "words" ? "ทุกคำ" : "คำส่วนใหญ่") + "ของ “" + found.fixed + "” แทน: " + joinWords(found.words) + " (" + count + ")";
        }
        return "ไม่พบ “" + query + "” แสดงผลของ “" + found.fixed + "” แทน (" + count + ")";
      default: return "ไม่พบหน้าที่มีคำว่า “" + query + "”";
    }
  }

  function showResults(root, index, query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var suggestion = document.getElementById("search-suggestion");
    var filters = document.getElementById("search-filters");
    list.textContent = "";
    if (suggestion) { suggestion.textContent = ""; suggestion.hidden = true; }
    if (filters) filters.hidden = true;
    var old = document.getElementById("search-more");
    if (old) old.remove();
    if (!clean(query)) {
      status.textContent = "พิมพ์คำที่ต้องการค้นหา เช่น ร้องเรียน จัดซื้อจัดจ้าง หรือรหัสข้อ O28";
      return;
    }
    var found = understand(index, query), state = filterState();
    document.body.setAttribute("data-search-rule", found.rule);
    if (found.fixed && suggestion) {
      var a = document.createElement("a");
      a.href = "?q=" + encodeURIComponent(found.fixed);
      a.textContent = found.fixed;
      suggestion.appendChild(document.createTextNode("หมายถึง "));
      suggestion.appendChild(a);
      suggestion.appendChild(document.createTextNode(" ใช่ไหม"));
      suggestion.hidden = false;
    }
    function render() {
      var results = found.results.filter(function (r) { return passes(r.doc, state); });
      status.textContent = describe(found, query, results.length);
      // Rebuilding the filters must not lose a keyboard user's place: focus returns to the same choice.
      var focused = filters && filters.contains(document.activeElement) ? document.activeElement : null;
      if (filters) renderFilters(filters, found.results, state, function (which, value) {
        state[which] = value;
        var params = new URLSearchParams(window.location.search);
        if (value) params.set(which === "year" ? "y" : "k", value); else params.delete(which === "year" ? "y" : "k");
        history.replaceState(null, "", "?" + params.toString());
        render();
      });
      if (focused) {
        var again = filters.querySelector('input[name="' + focused.name + '"][value="' + focused.value + '"]');
        if (again) again.focus();
      }
      list.textContent = "";
      pending = [];
      var button = document.getElementById("search-more");
      if (button) button.remove();
      var shown = 0;
      function page() {
        var frag = document.createDocumentFragment();
        var stop = Math.min(results.length, shown + PAGE_SIZE);
        for (; shown < stop; shown++) frag.appendChild(renderItem(root, results[shown], found.words));
        list.appendChild(frag);
        var more = document.getElementById("search-more");
        if (shown < results.length && !more) {
          more = document.createElement("button");
          more.id = "search-more";
          more.type = "button";
          more.className = "search-more";
          more.addEventListener("click", page);
          list.parentNode.insertBefore(more, list.nextSibling);
        } else if (shown >= results.length && more) {
          more.remove();
        }
        if (more && shown < results.length) more.textContent = "แสดงเพิ่มอีก " + Math.min(PAGE_SIZE, results.length - shown) + " รายการ";
      }
      page();
    }
    render();
  }

  function start() {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var boxes = document.querySelectorAll('input[name="q"]');
    for (var i = 0; i < boxes.length; i++) boxes[i].value = query;
    if (!document.getElementById("search-results")) return;
    var root = document.body.getAttribute("data-root") || "./";
    var status = document.getElementById("search-status");
    status.textContent = "กำลังโหลดดัชนีค้นหา…";
    // Results are listed as soon as the page list and text are in; snippets follow with the display text. data-search-ready
    // says when both are loaded.
    var failed = function (error) {
      status.textContent = "โหลดดัชนีค้นหาไม่สำเร็จ (" + error.message + ") กรุณาเลือกดูจากเมนูหลัก";
      document.body.setAttribute("data-search-ready", "error");
    };
    api.ready = loadIndex(root).then(function (index) {
      api.index = index;
      showResults(root, index, query);
      return loadDisplay(root, index).then(function () {
        fillPending();
        // The skeleton for typing slips is made now, while the person reads, not on their first misspelt query.
        skeleton(index);
        document.body.setAttribute("data-search-ready", "true");
        return index;
      }, function () {
        // The results stand; only their snippets are missing.
        document.body.setAttribute("data-search-ready", "error");
        return index;
      });
    }, failed);
  }

  var api = { clean: clean, fold: fold, encode: encode, search: search, terms: terms, understand: understand, pieces: pieces,
    fallbackPieces: fallbackPieces, correct: correct, skeleton: skeleton, loadIndex: loadIndex, loadDisplay: loadDisplay, ready: null, index: null };
  window.ItaSearch = api;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
