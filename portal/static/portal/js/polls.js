// Polls: a vote is sent once, even if the button is clicked twice. Without this script the
// server still counts one vote per browser (its cookie); this only spares the second request.
document.addEventListener("submit", (event) => {
  const form = event.target.closest("[data-poll-form]");
  if (!form) return;
  if (form.dataset.sent) {
    event.preventDefault();
    return;
  }
  form.dataset.sent = "true";
  form.querySelector("button[type=submit]")?.setAttribute("aria-disabled", "true");
});

// Back to a page kept by the browser: its form may be sent again.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  for (const form of document.querySelectorAll("[data-poll-form]")) {
    delete form.dataset.sent;
    form.querySelector("button[type=submit]")?.removeAttribute("aria-disabled");
  }
});
