// The article page's script: counts the read for "Most read", copies links, and
// finds a comment an old link names on a later page of comments.
// The count is one anonymous request: no cookie is sent or set, nothing names the
// reader, and the page itself stays the same for everyone (cacheable).
const article = document.querySelector("[data-read-beacon]");
// A read is a page looked at for a few seconds (a tab left in the background
// waits its turn); sent once, after the page's own requests have gone.
const READ_AFTER_MS = 3000;
if (article) {
  let timer = null;
  const send = () => {
    document.removeEventListener("visibilitychange", watch);
    fetch(article.dataset.readBeacon, {
      method: "POST",
      credentials: "omit",
      keepalive: true,
    }).catch(() => {});
  };
  const watch = () => {
    clearTimeout(timer);
    if (document.visibilityState === "visible") timer = setTimeout(send, READ_AFTER_MS);
  };
  document.addEventListener("visibilitychange", watch);
  watch();
}

for (const link of document.querySelectorAll("[data-copy-link]")) {
  link.addEventListener("click", async (event) => {
    if (!navigator.clipboard) return; // the link itself still leads to the article
    event.preventDefault();
    let said;
    try {
      await navigator.clipboard.writeText(link.href);
      said = "Link copied";
    } catch {
      // The browser refused (no permission): say so rather than do nothing.
      said = "Could not copy: use the address bar";
    }
    link.textContent = said;
    // Said aloud too: a screen reader does not read out a link's new words.
    const status = link.closest(".share")?.querySelector("[data-copy-status]");
    if (status) status.textContent = said;
  });
}

// A link to a comment on a later page of a long thread (made before the thread
// had pages, or WordPress's #comment-123) finds that page: the comment's lasting
// address (comments.views.link, named on the comments section) leads there.
const comments = document.getElementById("comments");
const wanted = /^#comment-([0-9]+)$/.exec(location.hash);
if (comments && wanted && !document.getElementById(`comment-${wanted[1]}`)) {
  location.replace(comments.dataset.commentLink.replace(/0\/$/, `${wanted[1]}/`));
}
