/*
 * Byline order in the article form: each row of the byline inline gets a
 * drag handle and "move up" / "move down" buttons (the keyboard's way), and
 * the hidden position fields are numbered in the order the rows stand, so a
 * row added later comes last unless it is moved. articles/forms.py
 * BylineFormSet stores the order.
 */
;(() => {
  const GROUP = "#byline_set-group"

  function rows(body) {
    return [...body.querySelectorAll("tr.form-row:not(.empty-form)")]
  }

  function number(body) {
    let position = 0
    for (const row of rows(body)) {
      const field = row.querySelector("input[name$='-position']")
      const author = row.querySelector("select[name$='-author']")
      const deleted = row.querySelector("input[name$='-DELETE']")?.checked
      if (field) field.value = author?.value && !deleted ? position++ : ""
    }
  }

  function button(label, text) {
    const element = document.createElement("button")
    element.type = "button"
    element.className = "byline-order__move"
    element.setAttribute("aria-label", label)
    element.textContent = text
    return element
  }

  function announce(group, row) {
    const status = group.querySelector(".byline-order__status")
    const author = row.querySelector("select[name$='-author']")
    const name = author?.selectedOptions[0]?.textContent || "This row"
    const place = rows(row.parentElement).indexOf(row) + 1
    status.textContent = `${name} is now number ${place} in the byline.`
  }

  function equip(group, row) {
    if (row.querySelector(".byline-order")) return
    const cell = row.querySelector("td.original") ?? row.firstElementChild
    const handle = document.createElement("span")
    handle.className = "byline-order__handle"
    handle.title = "Drag to reorder"
    handle.textContent = "⠿"
    const up = button("Move up in the byline", "↑")
    const down = button("Move down in the byline", "↓")
    const controls = document.createElement("span")
    controls.className = "byline-order"
    controls.append(handle, up, down)
    cell.prepend(controls)

    const body = row.parentElement
    up.addEventListener("click", () => {
      const previous = row.previousElementSibling
      if (previous?.matches("tr.form-row")) {
        body.insertBefore(row, previous)
        number(body)
        announce(group, row)
        up.focus()
      }
    })
    down.addEventListener("click", () => {
      const next = row.nextElementSibling
      if (next?.matches("tr.form-row:not(.empty-form)")) {
        body.insertBefore(next, row)
        number(body)
        announce(group, row)
        down.focus()
      }
    })
    handle.addEventListener("pointerdown", () => {
      row.draggable = true
    })
    row.addEventListener("dragstart", (event) => {
      event.dataTransfer.effectAllowed = "move"
      event.dataTransfer.setData("text/plain", "")
      row.classList.add("byline-order--dragging")
    })
    row.addEventListener("dragend", () => {
      row.draggable = false
      row.classList.remove("byline-order--dragging")
      number(body)
      announce(group, row)
    })
    row.addEventListener("dragover", (event) => {
      const dragged = body.querySelector(".byline-order--dragging")
      if (!dragged || dragged === row) return
      event.preventDefault()
      const { top, height } = row.getBoundingClientRect()
      body.insertBefore(dragged, event.clientY < top + height / 2 ? row : row.nextSibling)
    })
    row.addEventListener("change", () => number(body))
  }

  function start() {
    const group = document.querySelector(GROUP)
    // A byline the user may only read (an article that is not theirs to
    // change) has no author boxes to order.
    if (!group?.querySelector("select[name$='-author']")) return
    const body = group.querySelector("tbody")
    const status = document.createElement("p")
    status.className = "byline-order__status visually-hidden"
    status.setAttribute("aria-live", "polite")
    group.append(status)
    for (const row of rows(body)) equip(group, row)
    document.addEventListener("formset:added", (event) => {
      if (event.detail?.formsetName === "byline_set") {
        equip(group, event.target)
        number(body)
      }
    })
    group.closest("form")?.addEventListener("submit", () => number(body))
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start)
  } else {
    start()
  }
})()
