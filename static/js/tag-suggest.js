/*
 * Tag suggestions in the article form's comma-separated tag box
 * (articles/widgets.py TagSuggestWidget): while typing, existing tags that
 * contain the word being typed are listed (an ARIA combobox); arrow keys move,
 * Enter or a click takes one, Escape closes the list. Anything else typed
 * stays as it is: a new tag is created when the article is saved.
 */
;(() => {
  const DELAY_MS = 150

  // taggit reads a tag holding a comma or a double quote only when quoted.
  const quoted = (name) => (/[,"]/.test(name) ? `"${name.replaceAll('"', "")}"` : name)

  function setUp(box) {
    const input = box.querySelector("[role=combobox]")
    const list = box.querySelector("[role=listbox]")
    let names = []
    let active = -1
    let timer = null
    let run = 0

    const typing = () => input.value.split(",").at(-1).trim()

    function close() {
      list.hidden = true
      input.setAttribute("aria-expanded", "false")
      input.removeAttribute("aria-activedescendant")
      active = -1
    }

    function highlight(index) {
      active = index
      list.querySelectorAll("[role=option]").forEach((option, i) => {
        option.setAttribute("aria-selected", String(i === index))
      })
      const option = list.children[index]
      if (option) {
        input.setAttribute("aria-activedescendant", option.id)
        option.scrollIntoView({ block: "nearest" })
      }
    }

    function take(name) {
      const parts = input.value.split(",")
      parts[parts.length - 1] = `${parts.length > 1 ? " " : ""}${quoted(name)}`
      input.value = `${parts.join(",")}, `
      close()
      input.focus()
    }

    function show(results) {
      const taken = new Set(
        input.value
          .split(",")
          .slice(0, -1)
          .map((part) => part.trim().replaceAll('"', "").toLowerCase()),
      )
      names = results.filter((name) => !taken.has(name.toLowerCase()))
      list.replaceChildren(
        ...names.map((name, i) => {
          const option = document.createElement("li")
          option.id = `${list.id}-${i}`
          option.setAttribute("role", "option")
          option.setAttribute("aria-selected", "false")
          option.textContent = name
          option.addEventListener("mousedown", (event) => {
            event.preventDefault() // keep the focus in the box
            take(name)
          })
          return option
        }),
      )
      if (!names.length) return close()
      list.hidden = false
      input.setAttribute("aria-expanded", "true")
      active = -1
    }

    async function suggest() {
      const word = typing()
      const current = ++run
      if (!word) return close()
      const url = new URL(box.dataset.suggestUrl, window.location.href)
      url.searchParams.set("q", word)
      try {
        const response = await fetch(url, {
          credentials: "same-origin",
          headers: { Accept: "application/json" },
        })
        if (!response.ok) return
        const data = await response.json()
        if (current === run) show(data.results)
      } catch {
        // no suggestions: the box still takes typed tags
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer)
      timer = setTimeout(suggest, DELAY_MS)
    })
    input.addEventListener("keydown", (event) => {
      const open = !list.hidden && names.length
      if (event.key === "ArrowDown" && open) {
        event.preventDefault()
        highlight((active + 1) % names.length)
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault()
        highlight((active - 1 + names.length) % names.length)
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault() // take the tag, do not send the form
        take(names[active])
      } else if (event.key === "Escape" && open) {
        event.preventDefault()
        close()
      }
    })
    input.addEventListener("blur", close)
  }

  function start() {
    document.querySelectorAll(".tag-suggest[data-suggest-url]").forEach(setUp)
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start)
  } else {
    start()
  }
})()
