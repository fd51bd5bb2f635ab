// Thai folding and segmentation: the text rules of the index, the typing-slip skeleton and the query's word pieces.
// clean(), fold() and encode() mirror SearchNormalizer.cs and SearchTextEncoding.cs line by line; keep them in step (the
// browser tests compare both sides). Nothing here knows the index.

var INVISIBLE = /[\u200B\u200C\u200D\u2060\u00AD\uFEFF]/g;

var SPLIT_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;

var TONE_BEFORE_VOWEL = /([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A])/g;

var WHITESPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

export function clean(text) {
  return String(text).normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(SPLIT_SARA_AM, "$1\u0E33")
    .replace(TONE_BEFORE_VOWEL, "$2$1")
    .replace(WHITESPACE, " ")
    .trim();
}

export function fold(text) {
  return clean(text)
    .replace(/[\u0E50-\u0E59]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0x0E50 + 48); })
    .replace(/ /g, "")
    .toLowerCase();
}

// Folded text as the index stores it (SearchTextEncoding.cs): one char per char, so the whole site's text is one one-byte
// string and indexOf runs natively. ASCII stays, Thai U+0E00–U+0E5F becomes U+00A0–U+00FF, anything else an escape of five
// chars (U+001F and four hex digits as U+0001–U+0010). U+0000 ends each page's record.
export function encode(folded) {
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
export function isMark(c) {
  return c === 0x0E31 || (c >= 0x0E33 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

export function isEncodedMark(c) {
  return c >= 0xA0 && isMark(c - 0xA0 + 0x0E00);
}

var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;

// Without Intl.Segmenter: Thai split before each consonant or leading vowel (roughly syllables), other text by script.
// The pieces are joined back into words the index holds (chunk), so the fallback only needs to split too finely.
export function fallbackPieces(term) {
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
export function pieces(term) {
  if (!segmenter) return fallbackPieces(term);
  var out = [];
  for (var it = segmenter.segment(term)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) out.push(s.value.segment);
  return out;
}

export function decode(e) {
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
export var DROP = 256;
export var SKELETON = (function () {
  var map = new Uint16Array(256);
  for (var c = 0; c < 256; c++) map[c] = c;
  var th = function (u) { return 0xA0 + u - 0x0E00; };
  [0x0E47, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C].forEach(function (u) { map[th(u)] = DROP; });
  [[0x0E35, 0x0E34], [0x0E37, 0x0E36], [0x0E39, 0x0E38], [0x0E32, 0x0E31], [0x0E28, 0x0E2A], [0x0E29, 0x0E2A], [0x0E13, 0x0E19], [0x0E18, 0x0E17]]
    .forEach(function (p) { map[th(p[0])] = th(p[1]); });
  return map;
})();

export function skeletonOf(e) {
  var out = "";
  for (var i = 0; i < e.length; i++) {
    var m = SKELETON[e.charCodeAt(i)];
    if (m !== DROP) out += String.fromCharCode(m);
  }
  return out;
}
