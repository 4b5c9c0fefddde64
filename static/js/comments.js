// The comment form on an article page. The page is the same for every reader
// (and cached); when the reader nears the comments, this script fetches what
// belongs to them from the comment state view: the form's CSRF and timing
// tokens, the details they asked us to remember, and their own comments
// awaiting moderation. Then it shows the form. "Reply" links move the form under the comment they answer; without
// this script they open the reply form on its own page.
import { csrfToken } from "./csrf.js";

(() => {
  "use strict";
  const respond = document.getElementById("respond");
  if (!respond) return;
  const form = respond.querySelector("form");
  const section = document.getElementById("comments");
  const list = section.querySelector(".comment-list");
  const title = document.getElementById("respond-title");
  const cancel = respond.querySelector(".comment-respond__cancel");
  const home = respond.parentNode;
  const homeNext = respond.nextSibling;
  const originalTitle = title.textContent;
  let activeLink = null;

  function showPending(pending) {
    for (const { parent, html } of pending) {
      const holder = document.createElement("template");
      holder.innerHTML = html.trim();
      const item = holder.content.firstElementChild;
      const parentItem = parent && document.getElementById(`comment-${parent}`);
      if (parentItem) {
        let replies = parentItem.querySelector(":scope > .comment-list--replies");
        if (!replies) {
          replies = document.createElement("ol");
          replies.className = "comment-list comment-list--replies";
          parentItem.append(replies);
        }
        replies.append(item);
      } else {
        list.append(item);
      }
    }
    if (pending.length) {
      list.hidden = false;
      section.querySelector(".comments__empty")?.remove();
      const newest = document.getElementById("your-comment");
      if (newest && location.hash === "#your-comment") newest.focus();
    }
  }

  async function start() {
    let state;
    try {
      const response = await fetch(respond.dataset.stateUrl, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`Comment state: ${response.status}`);
      state = await response.json();
    } catch (failure) {
      respond.remove(); // the place held for the form (site.css)
      section.querySelector(".comments__unavailable").hidden = false;
      console.error(failure);
      return false;
    }
    form.addEventListener("submit", () => {
      form.elements.csrfmiddlewaretoken.value = csrfToken(state.csrfToken);
    });
    form.elements.csrfmiddlewaretoken.value = state.csrfToken;
    form.elements.token.value = state.formToken;
    for (const [name, value] of Object.entries(state.saved)) {
      if (form.elements[name] && !form.elements[name].value) form.elements[name].value = value;
    }
    if (Object.keys(state.saved).length) form.elements.save_details.checked = true;
    showPending(state.pending);
    if (!state.open) {
      // Closed since this page was cached (COMMENTS_CLOSE_AFTER_DAYS): say so
      // rather than offer a form that would be refused.
      respond.remove(); // and the place held for it
      section.querySelector(".comments__closed").hidden = false;
      for (const action of section.querySelectorAll(".comment__actions")) action.remove();
      return false;
    }
    respond.hidden = false;
    // Shown, the form pushes down what follows it: a reader who has tabbed
    // past the comments (the state is asked for as they come near) keeps the
    // focused link in view.
    const focused = document.activeElement;
    if (focused && respond.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING) {
      focused.scrollIntoView({ block: "nearest" });
    }
    // Moderators answer as the journal, from the reply page (it takes them to
    // the journal's reply form), not from this reader's form.
    return !state.repliesAsJournal;
  }

  // The state is asked for only when the reader comes near the comments (or
  // lands on their own pending comment): a reader who never scrolls there costs
  // the site nothing beyond the cached page.
  const ready = new Promise((resolve) => {
    const begin = () => resolve(start());
    if (location.hash === "#your-comment" || !("IntersectionObserver" in window)) {
      begin();
      return;
    }
    const watcher = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          watcher.disconnect();
          begin();
        }
      },
      { rootMargin: "800px 0px" },
    );
    watcher.observe(section);
  });

  document.addEventListener("click", async (event) => {
    const link = event.target.closest("a[data-reply-to]");
    if (!link) return;
    event.preventDefault();
    // A reply before the form is ready waits for it; without a form (its
    // state could not be loaded), or for a moderator, the link opens the
    // reply page instead.
    if (!(await ready)) {
      location.assign(link.href);
      return;
    }
    activeLink = link;
    form.elements.parent.value = link.dataset.replyTo;
    title.textContent = `Reply to ${link.dataset.replyName}`;
    cancel.hidden = false;
    link.closest(".comment").querySelector(".comment__card").after(respond);
    form.elements.text.focus();
  });

  cancel.addEventListener("click", () => {
    form.elements.parent.value = "";
    title.textContent = originalTitle;
    cancel.hidden = true;
    home.insertBefore(respond, homeNext);
    if (activeLink) activeLink.focus();
    activeLink = null;
  });
})();
