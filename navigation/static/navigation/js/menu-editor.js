// The menu form: collapse or expand every item at once, and move an item to a chosen
// position. Items start collapsed (the blocks' Meta) and Wagtail drags them by their handle;
// moving here presses Wagtail's own "move up" and "move down" buttons, so its form stays
// in step. Words come from the template's data attributes.
(() => {
  function own(child, selector) {
    // The first match inside an item is its own: its header comes before its content.
    return child.querySelector(selector);
  }

  function items(container) {
    return [...container.children].filter(
      (child) =>
        child.matches("[data-streamfield-child]") &&
        own(child, 'input[name$="-deleted"]')?.value !== "1",
    );
  }

  function setExpanded(container, expanded) {
    items(container).forEach((child) => {
      const toggle = own(child, "[data-panel-toggle]");
      if (toggle && (toggle.getAttribute("aria-expanded") === "true") !== expanded) toggle.click();
    });
  }

  function moveTo(container, child, target) {
    const from = items(container).indexOf(child);
    const action = target < from ? "MOVE_UP" : "MOVE_DOWN";
    for (let step = 0; step < Math.abs(target - from); step += 1) {
      own(child, `[data-streamfield-action="${action}"]`).click();
    }
    own(child, "[data-menu-position]")?.focus();
  }

  function positionChoosers(container, tools) {
    const list = items(container);
    list.forEach((child, index) => {
      let select = own(child, "[data-menu-position]");
      if (!select) {
        select = document.createElement("select");
        select.className = "menu-position";
        select.dataset.menuPosition = "";
        select.setAttribute("aria-label", tools.dataset.positionLabel);
        select.addEventListener("change", () => moveTo(container, child, Number(select.value)));
        // Clicks on the chooser must not fold or unfold the item.
        select.addEventListener("click", (event) => event.stopPropagation());
        own(child, "[data-panel-controls]")?.prepend(select);
      }
      if (select.options.length !== list.length) {
        select.replaceChildren(
          ...list.map((_item, position) => {
            const label = `${tools.dataset.positionWord} ${position + 1}`;
            return new Option(label, String(position));
          }),
        );
      }
      select.value = String(index);
    });
  }

  function start(tools) {
    const count = document.querySelector(`input[name="${tools.dataset.field}-count"]`);
    const container = count?.parentElement.querySelector("[data-streamfield-stream-container]");
    if (!container) return false;
    tools.hidden = false;
    tools
      .querySelector("[data-menu-collapse-all]")
      .addEventListener("click", () => setExpanded(container, false));
    tools
      .querySelector("[data-menu-expand-all]")
      .addEventListener("click", () => setExpanded(container, true));
    const refresh = () => positionChoosers(container, tools);
    new MutationObserver(refresh).observe(container, { childList: true });
    // Deleting an item only marks it: its "deleted" input changes, not the list.
    container.addEventListener("click", () => setTimeout(refresh, 0));
    refresh();
    return true;
  }

  function init() {
    document.querySelectorAll("[data-menu-tools]").forEach((tools) => {
      if (start(tools)) return;
      // The stream field is drawn by Wagtail's script: wait for it.
      const observer = new MutationObserver(() => start(tools) && observer.disconnect());
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
