// Site search. Every page: puts ?q= back into the search boxes. The search page (/search/): loads search/index.json.gz
// (written by the generator's "index" stage), finds every page whose folded text contains every word of the query, and lists
// them with code, title and a highlighted snippet. No request leaves the site; nothing is loaded from elsewhere.
//
// Matching is substring matching on folded text, so Thai needs no word list: a page matches "จัดซื้อจัดจ้าง" exactly when its
// text contains it. clean() and fold() mirror SearchNormalizer.cs line by line; keep the two in step.
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

  // A Thai mark that belongs to the letter before it: a match may not end just before one, so ซื้อ never matches ซื่อ and
  // "ก" does not match inside "กำ".
  function isMark(c) {
    return c === 0x0E31 || (c >= 0x0E33 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
  }

  // V8's indexOf looks for the pattern's first character with memchr on one of its bytes, the larger: for ก–ญ (U+0E01–U+0E0D)
  // that is 0x0E, which every Thai character has, and for common letters (ร, น, อ) it stops every few characters. So look for
  // the pattern from its rarest character (by the index's own counts) whose low byte is the larger, then check the characters
  // before it.
  var frequency = null;

  function anchorOf(term) {
    var best = 0, bestCount = Infinity;
    for (var k = 0; k < term.length; k++) {
      var c = term.charCodeAt(k);
      if ((c & 0xFF) < (c >> 8)) continue;
      var n = frequency ? frequency[c] : k;
      if (n < bestCount) { best = k; bestCount = n; }
    }
    return best;
  }

  function find(text, term, from) {
    var k = anchorOf(term);
    var tail = k ? term.slice(k) : term;
    search: for (var i = text.indexOf(tail, from + k); i >= 0; i = text.indexOf(tail, i + 1)) {
      var start = i - k;
      for (var j = 0; j < k; j++) if (text.charCodeAt(start + j) !== term.charCodeAt(j)) continue search;
      if (!isMark(text.charCodeAt(start + term.length))) return start;
    }
    return -1;
  }

  function count(text, term, from, limit) {
    var n = 0;
    for (var i = find(text, term, from); i >= 0 && n < limit; i = find(text, term, i + term.length)) n++;
    return n;
  }

  /** Prepares a parsed index for searching: folded text and titles once, at load. */
  function prepare(index) {
    var docs = index.d;
    frequency = new Uint32Array(65536);
    for (var i = 0; i < docs.length; i++) {
      docs[i].f = fold(docs[i].x);
      for (var j = 0, f = docs[i].f; j < f.length; j++) frequency[f.charCodeAt(j)]++;
      docs[i].ft = fold(docs[i].t);
      docs[i].fc = docs[i].c ? fold(docs[i].c) : "";
    }
    return docs;
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
   * Every document containing every word of the query, best first: the item whose code is the query, then titles containing
   * the query (OIT items before other pages), then pages with the whole query as a phrase, then by number of matches. Ties
   * keep index order (newest year first, items in framework order).
   */
  function search(docs, query) {
    var words = terms(query);
    if (words.length === 0) return [];
    var phrase = fold(query);
    var results = [];
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      var at = -1;
      for (var w = 0; w < words.length; w++) if ((at = find(d.f, words[w], 0)) < 0) break;
      if (at < 0) continue;
      // Up to 5 more matches of the last (shortest) word, counted on from the one just found.
      var score = 1 + count(d.f, words[words.length - 1], at + words[words.length - 1].length, 5);
      if (d.fc && d.fc === phrase) score += 1000;
      if (find(d.ft, phrase, 0) >= 0) score += d.k === "item" ? 150 : 100;
      else for (w = 0; w < words.length; w++) if (find(d.ft, words[w], 0) >= 0) score += 10;
      if (words.length > 1 && find(d.f, phrase, 0) >= 0) score += 50;
      results.push({ doc: d, score: score, order: i });
    }
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
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
    p.appendChild(snippet(d, words));
    li.appendChild(p);
    return li;
  }

  function loadIndex(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      // A host may already have undone the gzip (Content-Encoding); only decompress what still starts with the gzip magic.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
      }
      return new TextDecoder("utf-8").decode(bytes);
    }).then(function (json) {
      return prepare(JSON.parse(json));
    });
  }

  function showResults(root, docs, query) {
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
    var results = search(docs, query);
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
    api.ready = loadIndex(root + "search/index.json.gz").then(function (docs) {
      api.docs = docs;
      showResults(root, docs, query);
      document.body.setAttribute("data-search-ready", "true");
      return docs;
    }, function (error) {
      status.textContent = "โหลดดัชนีค้นหาไม่สำเร็จ (" + error.message + ") กรุณาเลือกดูจากเมนูหลัก";
      document.body.setAttribute("data-search-ready", "error");
    });
  }

  var api = { clean: clean, fold: fold, search: search, terms: terms, loadIndex: loadIndex, ready: null, docs: null };
  window.ItaSearch = api;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
