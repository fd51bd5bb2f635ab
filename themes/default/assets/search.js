// Site search. Every page: puts ?q= back into the search boxes. The search page (/search/): loads the index the generator's
// "index" stage writes (search/index.json.gz: the pages; search/text.bin.gz: their folded text, one byte per char;
// search/display.json.gz: their text for snippets, loaded after the first results are shown), finds every page whose folded
// text contains every word of the query, and lists them with code, title and a highlighted snippet. No request leaves the
// site; nothing is loaded from elsewhere.
//
// Matching is substring matching on folded text, so Thai needs no word list: a page matches "จัดซื้อจัดจ้าง" exactly when its
// text contains it. The whole site's text is one string, searched with the engine's own indexOf. clean(), fold() and encode()
// mirror SearchNormalizer.cs and SearchTextEncoding.cs; keep them in step.
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
   * the pages listed in cand (ascending ids), or in all when cand is null. A match may not end before a Thai mark. Returns
   * per page 0 (no match) or 1 + the match's offset in the page's text.
   */
  function scan(index, e, region, cand) {
    var text = index.text, starts = index.starts, n = index.docs.length, base = region * n;
    var first = new Int32Array(n);
    var m = cand ? cand.length : n, len = e.length;
    if (m === 0 || len === 0) return first;
    var k = anchorOf(index, e), tail = k ? e.slice(k) : e;
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
      p++;
      pos = p < m ? starts[base + (cand ? cand[p] : p)] : end;
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
  // scanned; the scan then checks the rest exactly.
  var SIGNATURE_WORDS = 64;

  function trigramBit(key) {
    return Math.imul(key, 0x9E3779B1) >>> 21;
  }

  function signatures(text, starts, n) {
    var sig = new Int32Array(n * SIGNATURE_WORDS);
    for (var d = 0; d < n; d++) {
      var from = starts[d], to = starts[d + 1] - 1, base = d * SIGNATURE_WORDS;
      if (to - from < 3) continue;
      var key = (text.charCodeAt(from) << 8) | text.charCodeAt(from + 1);
      for (var i = from + 2; i < to; i++) {
        key = ((key << 8) | text.charCodeAt(i)) & 0xFFFFFF;
        var h = trigramBit(key);
        sig[base + (h >>> 5)] |= 1 << (h & 31);
      }
    }
    return sig;
  }

  /** The pages (ascending ids) among cand, or among all when cand is null, whose signature allows the encoded term e. */
  function mayContain(index, e, cand) {
    var n = index.docs.length, sig = index.signatures, bits = [];
    for (var i = 2; i < e.length; i++) {
      var h = trigramBit((e.charCodeAt(i - 2) << 16) | (e.charCodeAt(i - 1) << 8) | e.charCodeAt(i));
      if (bits.indexOf(h) < 0) bits.push(h);
    }
    if (bits.length === 0) return cand;
    var words = new Int32Array(bits.length), masks = new Int32Array(bits.length);
    for (var b = 0; b < bits.length; b++) { words[b] = bits[b] >>> 5; masks[b] = 1 << (bits[b] & 31); }
    var out = [], m = cand ? cand.length : n;
    pages: for (var p = 0; p < m; p++) {
      var d = cand ? cand[p] : p, base = d * SIGNATURE_WORDS;
      for (b = 0; b < words.length; b++) if ((sig[base + words[b]] & masks[b]) === 0) continue pages;
      out.push(d);
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
    var docs = index.docs, firstAt = null, cand = null;
    for (var w = 0; w < words.length; w++) {
      var e = encode(words[w]);
      var found = scan(index, e, 0, mayContain(index, e, cand));
      if (w === 0) firstAt = found;
      cand = pagesWith(found);
      if (cand.length === 0) return [];
    }
    var phrase = fold(query), encodedPhrase = encode(phrase);
    var inTitle = scan(index, encodedPhrase, 1, cand);
    var wordsInTitle = words.map(function (word) { return word === phrase ? inTitle : scan(index, encode(word), 1, cand); });
    var asPhrase = words.length > 1 ? scan(index, encodedPhrase, 0, mayContain(index, encodedPhrase, cand)) : null;
    // One sortable number per result: score, then earlier first match, then index order.
    var keys = new Float64Array(cand.length);
    for (var c = 0; c < cand.length; c++) {
      var i = cand[c], d = docs[i];
      var score = 0;
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

  function showResults(root, index, query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var more = document.getElementById("search-more");
    list.textContent = "";
    if (more) more.remove();
    if (!clean(query)) {
      status.textContent = "พิมพ์คำที่ต้องการค้นหา เช่น ร้องเรียน จัดซื้อจัดจ้าง หรือรหัสข้อ O28";
      return;
    }
    var words = terms(query);
    var results = search(index, query);
    status.textContent = results.length === 0
      ? "ไม่พบหน้าที่มีคำว่า “" + query + "”"
      : "พบ " + results.length + " หน้าที่มีคำว่า “" + query + "”";
    var shown = 0;
    function page() {
      var frag = document.createDocumentFragment();
      var stop = Math.min(results.length, shown + PAGE_SIZE);
      for (; shown < stop; shown++) frag.appendChild(renderItem(root, results[shown], words));
      list.appendChild(frag);
      var button = document.getElementById("search-more");
      if (shown < results.length && !button) {
        button = document.createElement("button");
        button.id = "search-more";
        button.type = "button";
        button.className = "search-more";
        button.addEventListener("click", page);
        list.parentNode.insertBefore(button, list.nextSibling);
      } else if (shown >= results.length && button) {
        button.remove();
      }
      if (button && shown < results.length) button.textContent = "แสดงเพิ่มอีก " + Math.min(PAGE_SIZE, results.length - shown) + " รายการ";
    }
    page();
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
        document.body.setAttribute("data-search-ready", "true");
        return index;
      }, function () {
        // The results stand; only their snippets are missing.
        document.body.setAttribute("data-search-ready", "error");
        return index;
      });
    }, failed);
  }

  var api = { clean: clean, fold: fold, encode: encode, search: search, terms: terms, loadIndex: loadIndex, loadDisplay: loadDisplay, ready: null, index: null };
  window.ItaSearch = api;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
