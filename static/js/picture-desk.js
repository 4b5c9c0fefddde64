/*
 * The picture dialog: choose a photo from the library (search) or upload a
 * new one, then give its alt text (or mark it decorative), caption and credit.
 *
 * Shared by the rich-text editor's picture button (prose-picture.js) and the
 * hero picker (library-picker.js). The library and upload endpoints are the
 * photo admin's (articles/admin_pictures.py); uploads carry the page's CSRF
 * token.
 */

import { csrfToken } from "./csrf.js"; // the semicolon lets collectstatic hash the name

const SEARCH_DELAY_MS = 200
let dialogCount = 0

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "")
    else if (value !== false && value != null) element.setAttribute(name, value)
  }
  element.append(...children)
  return element
}

function errorText(errors) {
  return Object.values(errors)
    .flat()
    .map((error) => error.message)
    .join(" ")
}

/**
 * Opens the dialog; resolves to null when cancelled, else to
 * {photo, alt, decorative, caption, credit}, where `photo` is the library
 * entry ({id, src, thumbnail, width, height, alt, caption, credit}).
 */
export function choosePicture({
  libraryUrl,
  uploadUrl,
  current = null,
  title = "Insert a picture",
  submitText = "Insert picture",
}) {
  const n = ++dialogCount
  const id = (name) => `picture-desk-${n}-${name}`

  const search = h("input", {
    type: "search",
    id: id("search"),
    autocomplete: "off",
  })
  const status = h("p", { class: "picture-desk__status", "aria-live": "polite" })
  const results = h("div", { class: "picture-desk__results" })
  const file = h("input", {
    type: "file",
    id: id("file"),
    accept: "image/jpeg,image/png,image/webp,image/gif",
  })
  const alt = h("input", {
    type: "text",
    id: id("alt"),
    maxlength: "250",
    "aria-describedby": id("alt-help"),
  })
  const decorative = h("input", { type: "checkbox", id: id("decorative") })
  const caption = h("input", { type: "text", id: id("caption"), maxlength: "300" })
  const credit = h("input", {
    type: "text",
    id: id("credit"),
    maxlength: "200",
    placeholder: "Photo: Jane Doe / Agency",
  })
  const error = h("p", { class: "picture-desk__error", role: "alert" })
  const submit = h("button", { type: "submit", class: "button default" }, submitText)
  const cancel = h(
    "button",
    { type: "button", class: "button picture-desk__cancel" },
    "Cancel",
  )

  const form = h(
    "form",
    { method: "dialog", novalidate: true },
    h("h2", { id: id("title") }, title),
    h(
      "div",
      { class: "picture-desk__sources" },
      h(
        "section",
        { class: "picture-desk__library", "aria-labelledby": id("library") },
        h("h3", { id: id("library") }, "From the photo library"),
        h("label", { for: id("search") }, "Search by alt text, caption or credit"),
        search,
        status,
        h(
          "fieldset",
          {},
          h("legend", { class: "visually-hidden" }, "Pictures"),
          results,
        ),
      ),
      h(
        "section",
        { class: "picture-desk__upload", "aria-labelledby": id("upload") },
        h("h3", { id: id("upload") }, "Or upload a new picture"),
        h("label", { for: id("file") }, "Picture file (JPEG, PNG, WebP or GIF)"),
        file,
        h(
          "p",
          { class: "help" },
          "It joins the library with the alt text, caption and credit below.",
        ),
      ),
    ),
    h(
      "section",
      { class: "picture-desk__details", "aria-labelledby": id("details") },
      h("h3", { id: id("details") }, "How it appears in the article"),
      h("label", { for: id("alt") }, "Alt text"),
      alt,
      h(
        "p",
        { class: "help", id: id("alt-help") },
        "Describe what the picture shows, for readers who cannot see it.",
      ),
      h(
        "label",
        { class: "picture-desk__check", for: id("decorative") },
        decorative,
        " Decorative: it adds no information (no alt text needed)",
      ),
      h("label", { for: id("caption") }, "Caption"),
      caption,
      h("label", { for: id("credit") }, "Credit"),
      credit,
    ),
    error,
    h("div", { class: "picture-desk__actions" }, submit, cancel),
  )
  const dialog = h(
    "dialog",
    { class: "picture-desk", "aria-labelledby": id("title") },
    form,
  )

  let chosen = current?.photo ?? null
  let answered = false

  function fill(photo) {
    alt.value = photo.alt ?? ""
    caption.value = photo.caption ?? ""
    credit.value = photo.credit ?? ""
    decorative.checked = false
  }

  function showResults(photos) {
    results.replaceChildren(
      ...photos.map((photo) => {
        const radio = h("input", {
          type: "radio",
          name: id("photo"),
          value: photo.id,
          checked: chosen?.id === photo.id,
        })
        radio.addEventListener("change", () => {
          chosen = photo
          file.value = ""
          fill(photo)
        })
        return h(
          "label",
          { class: "picture-desk__choice" },
          radio,
          h("img", {
            src: photo.thumbnail,
            alt: "",
            width: photo.width,
            height: photo.height,
            loading: "lazy",
          }),
          h("span", {}, photo.alt),
        )
      }),
    )
    status.textContent = photos.length
      ? `${photos.length} picture${photos.length === 1 ? "" : "s"}, newest first`
      : "No picture matches."
  }

  let searchTimer = null
  let searchRun = 0
  async function runSearch() {
    const run = ++searchRun
    const url = new URL(libraryUrl, window.location.href)
    url.searchParams.set("q", search.value.trim())
    status.textContent = "Searching…"
    try {
      const response = await fetch(url, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
      if (!response.ok) throw new Error(response.statusText)
      const data = await response.json()
      if (run === searchRun) showResults(data.results)
    } catch {
      if (run === searchRun) status.textContent = "The library could not be searched."
    }
  }

  async function upload() {
    const body = new FormData()
    body.append("image", file.files[0])
    body.append("alt", alt.value.trim())
    body.append("caption", caption.value.trim())
    body.append("credit", credit.value.trim())
    // The admin form's token, if the cookie cannot be read (static/js/csrf.js).
    const formToken = document.querySelector("input[name=csrfmiddlewaretoken]")
    const response = await fetch(uploadUrl, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken(formToken?.value) },
    })
    const data = await response.json().catch(() => ({}))
    if (response.status !== 201) {
      throw new Error(
        data.errors ? errorText(data.errors) : "The picture could not be uploaded.",
      )
    }
    return data
  }

  function fail(message, field = null) {
    error.textContent = message
    alt.removeAttribute("aria-invalid")
    if (field) {
      field.setAttribute("aria-invalid", "true")
      field.focus()
    }
  }

  search.addEventListener("input", () => {
    clearTimeout(searchTimer)
    searchTimer = setTimeout(runSearch, SEARCH_DELAY_MS)
  })
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault() // searching, not inserting
      clearTimeout(searchTimer)
      runSearch()
    }
  })
  file.addEventListener("change", () => {
    if (!file.files.length) return
    chosen = null
    for (const radio of results.querySelectorAll("input[type=radio]")) {
      radio.checked = false
    }
  })
  decorative.addEventListener("change", () => {
    alt.removeAttribute("aria-invalid")
  })

  return new Promise((resolve) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault()
      const uploading = file.files.length > 0
      const altText = alt.value.trim()
      if (!uploading && !chosen) {
        return fail("Choose a picture from the library, or upload one.", search)
      }
      if (!decorative.checked && !altText) {
        return fail(
          "Describe the picture in the alt text, or mark it as decorative.",
          alt,
        )
      }
      if (uploading && !altText) {
        return fail(
          "A new picture needs alt text for the library, even where it is decorative.",
          alt,
        )
      }
      fail("")
      if (uploading) {
        submit.disabled = true
        status.textContent = "Uploading…"
        try {
          chosen = await upload()
        } catch (uploadError) {
          submit.disabled = false
          status.textContent = ""
          return fail(uploadError.message, file)
        }
      }
      answered = true
      resolve({
        photo: chosen,
        alt: decorative.checked ? "" : altText,
        decorative: decorative.checked,
        caption: caption.value.trim(),
        credit: credit.value.trim(),
      })
      dialog.close()
    })
    cancel.addEventListener("click", () => dialog.close())
    dialog.addEventListener("close", () => {
      if (!answered) resolve(null)
      dialog.remove()
    })

    if (current) {
      alt.value = current.alt ?? ""
      decorative.checked = !!current.decorative
      caption.value = current.caption ?? ""
      credit.value = current.credit ?? ""
    }
    document.body.append(dialog)
    dialog.showModal()
    runSearch()
  })
}
