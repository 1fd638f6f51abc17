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
