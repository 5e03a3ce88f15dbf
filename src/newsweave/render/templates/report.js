/* newsweave report: show a cited passage. Offsets are code points (Python str indices);
   JS strings are UTF-16, so offsets are converted before building the highlight range. */
(function () {
  "use strict";
  var data = {};
  try { data = JSON.parse(document.getElementById("nw-data").textContent) || {}; } catch (e) { data = {}; }
  var exact = data.docs || {};   // texts the HTML parser would have altered (CR, NUL)
  var texts = {};                // doc id -> exact cleaned text
  var pres = {};                 // doc id -> <pre>
  Array.prototype.forEach.call(document.querySelectorAll("pre.doctext"), function (pre) {
    var id = pre.getAttribute("data-doc");
    pres[id] = pre;
    texts[id] = Object.prototype.hasOwnProperty.call(exact, id) ? exact[id] : pre.textContent;
    if (pre.textContent !== texts[id]) pre.textContent = texts[id];
  });

  // Code point offset -> UTF-16 index into s.
  function u16(s, cp) {
    var i = 0, n = 0, len = s.length;
    while (n < cp && i < len) {
      var c = s.charCodeAt(i);
      i += (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) ? 2 : 1;
      n++;
    }
    return i;
  }

  var current = null, origin = null;
  var back = document.getElementById("nw-back");

  function reset(pre) {
    var id = pre.getAttribute("data-doc");
    pre.textContent = texts[id];
    var box = pre.parentNode;
    box.classList.remove("active");
    var info = box.querySelector(".showing");
    if (info) info.hidden = true;
  }

  function show(id, start, end, from) {
    var pre = pres[id];
    if (!pre) return false;
    if (current) reset(current);
    var text = texts[id];
    pre.textContent = text;
    if (!pre.firstChild) pre.appendChild(document.createTextNode(""));
    var node = pre.firstChild;
    var a = u16(text, Math.max(0, start)), b = u16(text, Math.max(start, end));
    var mark = document.createElement("mark");
    mark.className = "hl";
    var range = document.createRange();
    range.setStart(node, a);
    range.setEnd(node, b);
    range.surroundContents(mark);
    current = pre;
    var box = pre.parentNode;
    box.classList.add("active");
    var el = box;
    while (el) { if (el.tagName === "DETAILS") el.open = true; el = el.parentNode; }
    var info = box.querySelector(".showing");
    if (info) {
      info.textContent = "Highlighted: characters " + start + "–" + end + " of " + Array.from(text).length + ".";
      info.hidden = false;
    }
    origin = from || null;
    if (back) back.hidden = !origin;
    try { history.replaceState(null, "", "#" + box.id); } catch (e) { /* file:// may refuse */ }
    mark.scrollIntoView({ block: "center" });
    return true;
  }

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.cite") : null;
    if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    var start = parseInt(a.getAttribute("data-start"), 10), end = parseInt(a.getAttribute("data-end"), 10);
    if (isNaN(start) || isNaN(end)) return;
    if (show(a.getAttribute("data-doc"), start, end, a)) ev.preventDefault();
  });

  if (back) back.addEventListener("click", function () {
    if (!origin) return;
    var target = origin.closest("li, tr, .position, .sentence, article") || origin;
    target.scrollIntoView({ block: "center" });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
    origin = null;
    back.hidden = true;
  });

  // Print everything: open the collapsed notes.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });

  // Expose for tests and for people poking at the page.
  window.newsweave = { show: show, texts: texts };
})();
