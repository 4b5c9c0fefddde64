// The article page's script: counts the read for "Most read", and copies links.
// The count is one anonymous request: no cookie is sent or set, nothing names the
// reader, and the page itself stays the same for everyone (cacheable).
const article = document.querySelector("[data-read-beacon]");
if (article) {
  const send = () =>
    fetch(article.dataset.readBeacon, {
      method: "POST",
      credentials: "omit",
      keepalive: true,
    }).catch(() => {});
  // A page opened in a background tab counts once it is looked at.
  const whenSeen = () => {
    if (document.visibilityState !== "visible") return;
    document.removeEventListener("visibilitychange", whenSeen);
    send();
  };
  document.addEventListener("visibilitychange", whenSeen);
  whenSeen();
}

for (const link of document.querySelectorAll("[data-copy-link]")) {
  link.addEventListener("click", async (event) => {
    if (!navigator.clipboard) return; // the link itself still leads to the article
    event.preventDefault();
    await navigator.clipboard.writeText(link.href);
    link.textContent = "Link copied";
  });
}
