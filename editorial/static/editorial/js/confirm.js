// Buttons marked data-editorial-confirm ask before they submit (cancelling a review).
document.addEventListener(
  "click",
  (event) => {
    const button = event.target.closest("[data-editorial-confirm]");
    if (button && !window.confirm(button.dataset.editorialConfirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  },
  true,
);
