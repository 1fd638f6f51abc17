// Loaded in the head of article pages, before they are drawn: the reader's text size (set with
// the A− / A+ buttons, site.js) applies from the first paint.
try {
  const step = Number(localStorage.getItem("portal-text-size"));
  if (step) document.documentElement.dataset.textScale = String(step);
} catch (error) {
  // Storage refused (private mode, settings): the normal size.
}
