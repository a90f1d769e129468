/* Evidence answers chat widget. Embed with one tag:
 *   <script src="https://YOUR-HOST/widget.js" defer></script>
 * Optional attributes: data-api="https://api-host" (defaults to the script's origin),
 * data-title="Ask the evidence", data-open="true" (start expanded).
 * Everything the API returns is inserted as text, never as HTML. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var api = (script.getAttribute("data-api") || new URL(script.src, location.href).origin).replace(/\/$/, "");
  var title = script.getAttribute("data-title") || "Ask the evidence";

  var host = document.createElement("div");
  host.id = "rag-evidence-widget";
  var root = host.attachShadow({ mode: "open" });
  root.innerHTML =
    "<style>" +
    ":host{all:initial}" +
    ".box{position:fixed;right:18px;bottom:18px;z-index:2147483000;font:14px/1.45 system-ui,sans-serif;color:#1d2433;" +
    "display:flex;flex-direction:column;align-items:flex-end}" +
    ".toggle{background:#2456c9;color:#fff;border:0;border-radius:22px;padding:10px 16px;cursor:pointer;font:inherit}" +
    ".panel{display:none;width:360px;max-height:70vh;overflow:auto;background:#fff;border:1px solid #d5dae3;" +
    "border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.18);padding:12px;margin-bottom:8px}" +
    ".open .panel{display:block}" +
    "form{display:flex;gap:6px}input{flex:1;padding:8px;border:1px solid #c5cbd6;border-radius:8px;font:inherit}" +
    "button.ask{background:#2456c9;color:#fff;border:0;border-radius:8px;padding:8px 12px;cursor:pointer;font:inherit}" +
    ".msg{margin-top:10px;border-top:1px solid #eef0f4;padding-top:8px}.q{font-weight:600}" +
    ".quick{margin:6px 0}.cite{color:#2456c9}.lvl{font-size:12px;color:#556070}" +
    "ol{padding-left:18px;margin:6px 0}li{margin-bottom:6px}.err{color:#c53030}.disc{font-size:11px;color:#667}" +
    "</style>" +
    "<div class='box'><div class='panel' role='dialog' aria-label='" + title.replace(/'/g, "") + "'>" +
    "<form><input name='q' maxlength='1000' placeholder='Does vitamin K2 improve bone density?' aria-label='Your question'>" +
    "<button class='ask' type='submit'>Ask</button></form><div class='log' aria-live='polite'></div></div>" +
    "<button class='toggle' type='button'></button></div>";

  var box = root.querySelector(".box");
  var toggle = root.querySelector(".toggle");
  var form = root.querySelector("form");
  var input = root.querySelector("input");
  var log = root.querySelector(".log");
  toggle.textContent = title;
  toggle.addEventListener("click", function () { box.classList.toggle("open"); input.focus(); });
  if (script.getAttribute("data-open") === "true") { box.classList.add("open"); }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function render(msg, answer) {
    if (answer.read_as) { msg.appendChild(el("p", "lvl", "Read as: " + answer.read_as)); }
    msg.appendChild(el("p", "quick", answer.quick_answer));
    if (answer.takeaways && answer.takeaways.length) {
      var list = el("ol", "takeaways");
      answer.takeaways.forEach(function (t) {
        var item = el("li", "takeaway");
        item.appendChild(document.createTextNode("\u201c" + t.text + "\u201d "));
        item.appendChild(el("span", "cite", "[" + t.citation + "]"));
        // a finding the verdict could not weigh (another outcome, a comparison) is no background
        var stance = t.stance === "background" && t.is_finding ? "finding, not weighed" : (t.stance || "background").replace("_", " ");
        item.appendChild(el("div", "lvl", stance + " \u00b7 evidence level " + t.evidence_level + " \u00b7 " + t.study_type));
        list.appendChild(item);
      });
      msg.appendChild(list);
    }
    msg.appendChild(el("p", "disc", answer.disclaimer));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question) { return; }
    var msg = el("div", "msg");
    msg.appendChild(el("div", "q", question));
    var wait = el("div", "lvl", "Searching the evidence\u2026");
    msg.appendChild(wait);
    log.insertBefore(msg, log.firstChild);
    input.value = "";
    fetch(api + "/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: question })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      msg.removeChild(wait);
      if (!result.ok) {
        var detail = result.body && result.body.detail;
        if (Array.isArray(detail)) { detail = detail.map(function (d) { return d.msg; }).join("; "); }
        msg.appendChild(el("div", "err", "Cannot answer: " + (detail || "unexpected error")));
        return;
      }
      render(msg, result.body);
    }).catch(function () {
      msg.removeChild(wait);
      msg.appendChild(el("div", "err", "The evidence service could not be reached."));
    });
  });

  (document.body || document.documentElement).appendChild(host);
})();
