/*
 * The comment queue by keyboard: after a one-click decision the page comes
 * back with the focus where the moderator left it, on the first button of
 * the row in the same place (the next comment, as the decided one has left
 * the list), not at the top of the page some twenty Tabs away. The row is
 * kept in sessionStorage for the page the decision came back to.
 */
;(() => {
  const KEY = "journal.decided-row"
  const rows = () => [...document.querySelectorAll("#result_list tbody tr")]
  const here = () => location.pathname + location.search

  document.addEventListener("click", (event) => {
    const button = event.target.closest?.("#result_list .decide button")
    if (!button) return
    const row = rows().indexOf(button.closest("tr"))
    sessionStorage.setItem(KEY, JSON.stringify({ page: here(), row }))
  })

  function refocus() {
    const kept = sessionStorage.getItem(KEY)
    if (!kept) return
    sessionStorage.removeItem(KEY)
    const { page, row } = JSON.parse(kept)
    const list = rows()
    if (page !== here() || row < 0 || !list.length) return
    const target = list[Math.min(row, list.length - 1)]
    target.querySelector(".decide button, .decide a")?.focus()
  }

  // The admin loads a list's scripts in the head, before its rows.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", refocus)
  } else {
    refocus()
  }
})()
