// Site search, on every page: puts ?q= back into the search boxes. On the search page (the one with #search-results) it
// loads the rest as ES modules, beside this file under assets/ (script-src 'self' allows them; no build step, no bundler):
//   search-page.js   the result list, snippets, filters, status sentence (UI)
//   search-query.js  query terms, words, typing slips, understand() (query understanding)
//   search-rank.js   the pages holding the words and their order (scoring)
//   search-slips.js  the typing-slip skeleton and correct()
//   search-index.js  loading the index files, signatures, scan (index loading and matching)
//   search-thai.js   clean/fold/encode (mirrors SearchNormalizer.cs and SearchTextEncoding.cs), Thai segmentation
const query = new URLSearchParams(window.location.search).get("q") || "";
for (const box of document.querySelectorAll('input[name="q"]')) box.value = query;
if (document.getElementById("search-results")) {
  import("./search-page.js").then((page) => page.start(query), (error) => {
    const status = document.getElementById("search-status");
    if (status) status.textContent = "โหลดการค้นหาไม่สำเร็จ (" + error.message + ") กรุณาเลือกดูจากเมนูหลัก";
    document.body.setAttribute("data-search-ready", "error");
  });
}
