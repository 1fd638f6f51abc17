// An export may take a few seconds: fetch it here so the link can say it is working until the
// file has arrived, then hand the file to the browser. Without scripts the link downloads as is.
(function () {
  "use strict";
  function filename(response, fallback) {
    var header = response.headers.get("Content-Disposition") || "";
    var match = /filename="([^"]+)"/.exec(header);
    return match ? match[1] : fallback;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-report-export]");
    if (!link || !window.fetch || !window.URL) return;
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;
    var status = document.querySelector(".report-exports__status");
    var label = link.textContent;
    link.setAttribute("aria-busy", "true");
    link.textContent = "\u2026 " + label;
    if (status) status.textContent = document.documentElement.lang === "vi" ? "Đang chuẩn bị tệp…" : "Preparing the file…";
    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.blob().then(function (blob) { return [blob, filename(response, "bao-cao")]; });
      })
      .then(function (result) {
        var url = URL.createObjectURL(result[0]);
        var save = document.createElement("a");
        save.href = url;
        save.download = result[1];
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
        if (status) status.textContent = "";
      })
      .catch(function () {
        if (status) status.textContent = document.documentElement.lang === "vi" ? "Không tải được tệp, vui lòng thử lại." : "The file could not be downloaded; try again.";
      })
      .finally(function () {
        link.removeAttribute("aria-busy");
        link.textContent = label;
      });
  });
})();
