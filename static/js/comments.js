// Reply in place: a "Reply" link moves the comment form under the comment it
// answers. Without this script the link opens the reply form on its own page.
(() => {
  "use strict";
  const respond = document.getElementById("respond");
  if (!respond) return;
  const form = respond.querySelector("form");
  const title = document.getElementById("respond-title");
  const cancel = respond.querySelector(".comment-respond__cancel");
  const home = respond.parentNode;
  const homeNext = respond.nextSibling;
  const originalTitle = title.textContent;
  let activeLink = null;

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-reply-to]");
    if (!link) return;
    event.preventDefault();
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
