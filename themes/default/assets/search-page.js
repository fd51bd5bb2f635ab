// The search page (/search/): the result list with code, title, kind, year and a highlighted snippet, the year and kind
// filters with counts, the sentence that says which step found the results, and the correction's link. No request leaves
// the site.

import { clean, encode, fallbackPieces, fold, isMark, pieces } from "./search-thai.js";
import { loadDisplay, loadIndex } from "./search-index.js";
import { correct, skeleton } from "./search-slips.js";
import { search, terms, understand } from "./search-query.js";

var PAGE_SIZE = 50;

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

/** Loads the index and lists the results of query on the search page (search.js imports this module only there). */
export function start(query) {
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
// For the browser tests and bench/search: the same functions the page uses.
window.ItaSearch = api;

