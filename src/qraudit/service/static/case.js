// Polls the case until it is done, then shows the verdict sentence and the report links without a reload.
(function () {
  var box = document.getElementById("case");
  if (!box || !window.XMLHttpRequest) return;
  var id = box.getAttribute("data-id");
  function pending(s) { return s === "queued" || s === "running"; }
  if (!pending(box.getAttribute("data-status"))) return;
  function poll() {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "/cases/" + id + "/fragment");
    xhr.onload = function () {
      if (xhr.status !== 200) { setTimeout(poll, 4000); return; }
      box.innerHTML = xhr.responseText;
      var inner = document.getElementById("case-status");
      if (inner && pending(inner.getAttribute("data-status"))) setTimeout(poll, 2000);
    };
    xhr.onerror = function () { setTimeout(poll, 4000); };
    xhr.send();
  }
  setTimeout(poll, 1500);
})();
