/*
 * A list's filters on a phone or a tablet: Django's responsive CSS stacks them
 * under every row on a phone (4,000 px down the article list at 390 px), and
 * on a tablet they take 240 px beside a list already narrowed by the
 * navigation. Wherever css/admin-changelist.css shows the closed "Filter"
 * disclosure at the top of the list (templates/admin/change_list.html, below
 * 1280 px) they move into it, first in the tab order as on the screen;
 * elsewhere they go back beside the list, where Django puts them. Without
 * this script the disclosure links down to them.
 */
;(() => {
  function place() {
    const toggle = document.getElementById("changelist-filter-toggle")
    const filters = document.getElementById("changelist-filter")
    if (!toggle || !filters) return
    toggle.querySelector(".changelist-filter-toggle__fallback")?.remove()
    if (getComputedStyle(toggle).display !== "none") {
      if (filters.parentElement !== toggle) toggle.append(filters)
    } else if (filters.parentElement === toggle) {
      document.getElementById("changelist").append(filters)
    }
  }

  place()
  window.addEventListener("resize", place)
})()
