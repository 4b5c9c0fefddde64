/* The article form in the admin: never lose unsaved work.
 *
 * - Leaving the form with unsaved changes asks the browser to warn.
 * - While the editor types, the body is kept in this browser (localStorage,
 *   one entry per form address). Opening the form again after a crash or a
 *   closed tab offers it back; a successful save forgets it.
 * - Signing out, from any admin page (this script is on all of them), forgets
 *   every body kept: on a shared computer the next person signed in must not be
 *   offered someone else's unsaved, perhaps embargoed, text.
 */
(function () {
  "use strict";

  var PREFIX = "journal:article-body:";
  var KEY = PREFIX + window.location.pathname;
  var form = null;
  var textarea = null;
  var editor = null;
  var dirty = false;
  var submitting = false;
  var pending = null;

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY));
    } catch (error) {
      return null;
    }
  }

  function write(entry) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(entry));
    } catch (error) {
      /* Storage full or refused: the warning on leaving still protects. */
    }
  }

  function forget() {
    try {
      window.localStorage.removeItem(KEY);
    } catch (error) {
      /* nothing kept */
    }
  }

  function forgetAll() {
    try {
      Object.keys(window.localStorage).forEach(function (key) {
        if (key.indexOf(PREFIX) === 0) {
          window.localStorage.removeItem(key);
        }
      });
    } catch (error) {
      /* nothing kept */
    }
  }

  function keepBody() {
    pending = null;
    write({ body: textarea.value, keptAt: new Date().toISOString() });
  }

  function onEdit(event) {
    dirty = true;
    if (textarea && event.target === textarea && pending === null) {
      pending = window.setTimeout(keepBody, 400);
    }
  }

  function putBack(body) {
    if (editor && editor.commands) {
      editor.commands.setContent(body);
    }
    textarea.value = body;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function offer(entry) {
    var notice = document.createElement("div");
    notice.className = "draft-recovery";
    notice.setAttribute("role", "status");
    var text = document.createElement("p");
    var kept = new Date(entry.keptAt);
    text.textContent =
      "This browser kept body text you had not saved (" +
      kept.toLocaleString() +
      ").";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.className = "button default";
    restore.textContent = "Restore my unsaved text";
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "button";
    discard.textContent = "Discard it";
    restore.addEventListener("click", function () {
      putBack(entry.body);
      notice.remove();
      textarea.focus();
    });
    discard.addEventListener("click", function () {
      forget();
      notice.remove();
    });
    notice.append(text, restore, " ", discard);
    var row = textarea.closest(".form-row") || textarea.parentNode;
    row.parentNode.insertBefore(notice, row);
  }

  function start() {
    form = document.getElementById("article_form");
    textarea = form && form.querySelector("textarea[name=body]");
    if (!textarea) {
      return;
    }
    var entry = read();
    var refused = form.querySelector(".errornote") !== null;
    if (entry && entry.submitted && !refused) {
      forget(); // saved: the server has it now
    } else if (entry && entry.body !== textarea.value) {
      offer(entry);
    }
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    form.addEventListener("submit", function () {
      submitting = true;
      if (pending !== null) {
        window.clearTimeout(pending);
      }
      write({ body: textarea.value, keptAt: new Date().toISOString(), submitted: true });
    });
    window.addEventListener("beforeunload", function (event) {
      if (dirty && !submitting) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  document.addEventListener("submit", function (event) {
    if (event.target.id === "logout-form") {
      forgetAll();
    }
  });
  document.addEventListener("prose-editor:ready", function (event) {
    editor = event.detail.editor;
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
