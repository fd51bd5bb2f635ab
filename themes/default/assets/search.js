// Placeholder-free minimal behaviour until the search index lands: echo the query from ?q= into the search boxes.
(function () {
  "use strict";
  var q = new URLSearchParams(window.location.search).get("q");
  if (!q) return;
  document.addEventListener("DOMContentLoaded", function () {
    var boxes = document.querySelectorAll('input[name="q"]');
    for (var i = 0; i < boxes.length; i++) boxes[i].value = q;
  });
})();
