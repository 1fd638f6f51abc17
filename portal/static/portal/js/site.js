// The public site's only script: everything works without it, this makes it smoother.

// Phone menu: one button shows and hides the main menu.
const navToggle = document.querySelector(".nav-toggle");
const nav = document.getElementById("main-nav");
if (navToggle && nav) {
  navToggle.hidden = false;
  navToggle.addEventListener("click", () => {
    const open = navToggle.getAttribute("aria-expanded") !== "true";
    navToggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
  });
}

// Submenus: a button beside each parent link; Escape closes and gives focus back.
const submenuToggles = document.querySelectorAll(".submenu-toggle");
function setSubmenu(button, open) {
  button.setAttribute("aria-expanded", String(open));
  button.parentElement.classList.toggle("is-open", open);
}
submenuToggles.forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    submenuToggles.forEach((other) => other !== button && setSubmenu(other, false));
    setSubmenu(button, open);
  });
  button.parentElement.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setSubmenu(button, false);
      button.focus();
    }
  });
});
document.addEventListener("click", (event) => {
  if (!event.target.closest(".has-children")) submenuToggles.forEach((b) => setSubmenu(b, false));
});

// Wide screens: the top-level items that do not fit one row go into "More" at its end, in
// their order (the admin warns when the main menu will need it: navigation/fit.py).
const navMore = document.querySelector("[data-nav-more]");
if (navMore) {
  const row = navMore.parentElement;
  const moreList = navMore.querySelector(".nav-more-list");
  const wide = window.matchMedia("(min-width: 60rem)");
  const overflowing = () => {
    const last = navMore.hidden ? navMore.previousElementSibling : navMore;
    const end = row.getBoundingClientRect().right - parseFloat(getComputedStyle(row).paddingRight);
    return Boolean(last) && last.getBoundingClientRect().right > end + 0.5;
  };
  const fitRow = () => {
    [...moreList.children].forEach((item) => row.insertBefore(item, navMore));
    navMore.hidden = true;
    if (!wide.matches || !overflowing()) return;
    navMore.hidden = false;
    const items = [...row.children].filter((item) => item !== navMore);
    while (items.length && overflowing()) {
      const item = items.pop();
      item.classList.remove("is-open");
      item.querySelector(".submenu-toggle")?.setAttribute("aria-expanded", "false");
      moreList.prepend(item);
    }
  };
  let pending = false;
  const scheduleFit = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fitRow();
    });
  };
  fitRow();
  window.addEventListener("resize", scheduleFit);
  if (document.fonts) document.fonts.ready.then(scheduleFit);
}

// Carousel: previous and next buttons scroll the track by one banner. A press during a
// smooth scroll steps on from the banner being scrolled to, not from half-way.
document.querySelectorAll(".carousel").forEach((carousel) => {
  const track = carousel.querySelector(".carousel-track");
  let heading = null;
  const arrived = () => {
    if (heading !== null && Math.abs(track.scrollLeft - heading) < 2) heading = null;
  };
  track.addEventListener("scroll", arrived, { passive: true });
  track.addEventListener("scrollend", () => { heading = null; });
  carousel.querySelectorAll("[data-carousel-step]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      const width = track.clientWidth;
      const end = track.scrollWidth - width;
      const from = Math.round((heading ?? track.scrollLeft) / width) * width;
      let target = from + Number(button.dataset.carouselStep) * width;
      if (target > end + 1) target = 0;
      else if (target < -1) target = end;
      heading = target;
      track.scrollTo({ left: target });
    });
  });
});

// Click-to-load videos: the other site's player is inserted only when the reader asks.
document.querySelectorAll("[data-video-embed]").forEach((figure) => {
  const button = figure.querySelector("[data-video-play]");
  const player = figure.querySelector("template[data-video-player]");
  if (!button || !player) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    const preview = figure.querySelector(".video-embed-preview");
    preview.replaceWith(player.content.cloneNode(true));
    const frame = figure.querySelector("iframe");
    if (frame) frame.focus();
  });
});

// Copy the article's address: the field stays for those who select it themselves.
document.querySelectorAll("[data-copy-link]").forEach((button) => {
  const box = button.closest(".share-copy");
  const field = box.querySelector("[data-share-url]");
  const status = box.querySelector("[data-copy-status]");
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
    } catch (error) {
      field.select();
      if (!document.execCommand("copy")) return;
    }
    status.textContent = button.dataset.copied;
  });
});

// Text size of articles (A− / A+), kept in this browser: text-size.js applies it early.
const TEXT_SIZE_KEY = "portal-text-size";
const TEXT_SIZE_STEPS = [-1, 0, 1, 2, 3];
document.querySelectorAll("[data-text-size]").forEach((group) => {
  group.hidden = false;
  const root = document.documentElement;
  const buttons = group.querySelectorAll("[data-text-size-step]");
  const current = () => Number(root.dataset.textScale || 0);
  const update = () => {
    buttons.forEach((button) => {
      const next = current() + Number(button.dataset.textSizeStep);
      button.disabled = !TEXT_SIZE_STEPS.includes(next);
    });
  };
  buttons.forEach((button) => {
    button.addEventListener("click", () => {
      const next = current() + Number(button.dataset.textSizeStep);
      if (!TEXT_SIZE_STEPS.includes(next)) return;
      if (next) root.dataset.textScale = String(next);
      else delete root.dataset.textScale;
      try {
        localStorage.setItem(TEXT_SIZE_KEY, String(next));
      } catch (error) {
        // Not kept: the size still applies to this page.
      }
      update();
    });
  });
  update();
});

// Visit counter: report this page's view to the beacon (pages may come from a cache that
// never runs Django) and show the figures it answers with. Previews carry no page id.
const visitCounter = document.querySelector("[data-visit-beacon]");
if (visitCounter && !visitCounter.hasAttribute("data-visit-preview") && window.fetch) {
  const body = new URLSearchParams();
  if (visitCounter.dataset.visitPage) body.set("p", visitCounter.dataset.visitPage);
  fetch(visitCounter.dataset.visitBeacon, {
    method: "POST",
    body,
    credentials: "same-origin",
    keepalive: true,
    cache: "no-store",
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((answer) => {
      if (!answer || !answer.shown) return;
      visitCounter.querySelectorAll("[data-visit-figure]").forEach((figure) => {
        const shown = answer.shown[figure.dataset.visitFigure];
        if (shown !== undefined) figure.textContent = shown;
      });
      visitCounter.dataset.visitCounted = answer.counted ? "yes" : "no";
    })
    .catch(() => {});
}
