/*
 * The History's "compare" radios: django-reversion-compare puts two bare radio
 * buttons in each revision's row (compare from, compare to), with no label,
 * so a screen reader said "radio button" twice a row and nobody could tell
 * which end of the comparison a button chose, nor which revision. Each is
 * named after its role and the revision's date, read from its own row.
 * Loaded by templates/admin/object_history_compare.html.
 */
for (const radio of document.querySelectorAll(
  "#change-history input[name=version_id1], #change-history input[name=version_id2]",
)) {
  const when = radio.closest("tr")?.querySelector("th[scope=row]")?.textContent.trim()
  const end = radio.name === "version_id1" ? "Compare from" : "Compare to"
  radio.setAttribute("aria-label", when ? `${end} the revision of ${when}` : end)
}
