/*
 * A list's filters on a phone: Django's responsive CSS stacks them under every
 * row (4,000 px down the article list at 390 px). Below 768 px they move into
 * the closed "Filter" disclosure at the top of the list
 * (templates/admin/change_list.html), first in the tab order as on the
 * screen; from 768 px they go back beside the list, where Django puts them.
 * Without this script the disclosure links down to them.
 */
;(() => {
  const narrow = window.matchMedia("(max-width: 767px)")

  function place() {
    const toggle = document.getElementById("changelist-filter-toggle")
    const filters = document.getElementById("changelist-filter")
    if (!toggle || !filters) return
    toggle.querySelector(".changelist-filter-toggle__fallback")?.remove()
    if (narrow.matches) {
      toggle.append(filters)
    } else {
      document.getElementById("changelist").append(filters)
    }
  }

  place()
  narrow.addEventListener("change", place)
})()
