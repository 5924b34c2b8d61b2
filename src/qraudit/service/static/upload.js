// Progressive enhancement: without this file the form posts as it is. With it, the upload shows its progress
// (XMLHttpRequest: fetch cannot report upload progress) and goes to the case page, which polls the status.
// ES5 on purpose: WeChat's in-app browser on older phones.
(function () {
  var form = document.getElementById("case-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var bar = document.getElementById("progress"), message = document.getElementById("message");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData(form), xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/cases");
    xhr.setRequestHeader("Authorization", "Bearer " + form.elements.token.value);
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.hidden = false; bar.value = 100 * e.loaded / e.total; } };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) {}
      if (xhr.status === 201) { window.location.href = body.links.page; return; }
      message.textContent = "上传失败 Upload failed: " + (body.error || xhr.status);
    };
    xhr.onerror = function () { message.textContent = "网络错误，请重试 Network error, try again"; };
    message.textContent = "";
    xhr.send(data);
  });
})();
