// The print header's date: the day the page is printed, in the Buddhist calendar and the site's digits. Written when the page
// loads and again just before printing, so a tab left open overnight still prints the right day.
(function () {
  'use strict';
  function stamp() {
    var slots = document.querySelectorAll('.print-header__date');
    for (var i = 0; i < slots.length; i++) {
      var digits = slots[i].getAttribute('data-digits') === 'thai' ? 'thai' : 'latn';
      var day = new Date().toLocaleDateString('th-TH-u-ca-buddhist-nu-' + digits, { day: 'numeric', month: 'long', year: 'numeric' });
      slots[i].textContent = 'พิมพ์เมื่อ ' + day;
    }
  }
  window.addEventListener('beforeprint', stamp);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', stamp);
  } else {
    stamp();
  }
})();
