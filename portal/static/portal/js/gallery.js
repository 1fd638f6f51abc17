// Album lightbox, on top of the links and CSS :target that work without it: Escape closes,
// arrow keys browse, Tab stays inside, focus goes into the photo and back to its thumbnail.
(() => {
  const boxes = document.querySelectorAll("[data-lightbox]");
  if (!boxes.length) return;
  const openBox = () => document.querySelector("[data-lightbox]:target");
  let shown = null;
  let focusNext = "[data-lightbox-close]";

  // Browsing inside the lightbox replaces the address: Back leaves the album as it was.
  const go = (link, role) => {
    if (!link) return;
    focusNext = role;
    location.replace(link.hash);
  };

  const sync = () => {
    const box = openBox();
    if (box) {
      (box.querySelector(focusNext) || box.querySelector("[data-lightbox-close]")).focus();
    } else if (shown) {
      const close = shown.querySelector("[data-lightbox-close]");
      const thumb = document.getElementById(close.hash.slice(1));
      if (thumb) thumb.focus();
    }
    shown = box;
    focusNext = "[data-lightbox-close]";
  };

  boxes.forEach((box) => {
    box.setAttribute("aria-modal", "true");
    box.addEventListener("click", (event) => {
      const link = event.target.closest("a[href^='#']");
      if (!link) return;
      event.preventDefault();
      const role = ["prev", "next"].find((name) => link.hasAttribute(`data-lightbox-${name}`));
      go(link, role ? `[data-lightbox-${role}]` : "[data-lightbox-close]");
    });
  });

  document.addEventListener("keydown", (event) => {
    const box = openBox();
    if (!box || event.altKey || event.ctrlKey || event.metaKey) return;
    const control = (name) => box.querySelector(`[data-lightbox-${name}]`);
    if (event.key === "Escape") {
      go(control("close"), "[data-lightbox-close]");
    } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      const name = event.key === "ArrowLeft" ? "prev" : "next";
      go(control(name), `[data-lightbox-${name}]`);
    } else if (event.key === "Tab") {
      const links = [...box.querySelectorAll("a:not([tabindex='-1'])")];
      const first = links[0];
      const last = links[links.length - 1];
      const at = document.activeElement;
      if (event.shiftKey && (at === first || at === box)) last.focus();
      else if (!event.shiftKey && at === last) first.focus();
      else return;
    } else {
      return;
    }
    event.preventDefault();
  });

  window.addEventListener("hashchange", sync);
  sync();
})();
