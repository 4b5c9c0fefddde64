/*
 * The hero picker: "Choose from the photo library" beside the hero image
 * (articles/widgets.py LibraryPickerWidget). The chosen photo's id goes in the
 * hidden field; its alt text, decorative flag, caption and credit fill the
 * hero's own fields, where the editor can still change them before saving.
 */
import { choosePicture } from "journal/picture-desk"

for (const picker of document.querySelectorAll("[data-library-picker]")) {
  const input = picker.querySelector("input[type=hidden]")
  const chosen = picker.querySelector(".library-picker__chosen")
  const field = (role) =>
    document.getElementById(`id_${picker.dataset[`field${role}`]}`)
  const [alt, decorative, caption, credit, file] = [
    "Alt",
    "Decorative",
    "Caption",
    "Credit",
    "File",
  ].map(field)

  picker.querySelector(".library-picker__open").addEventListener("click", async () => {
    const answer = await choosePicture({
      libraryUrl: picker.dataset.libraryUrl,
      uploadUrl: picker.dataset.uploadUrl,
      current: {
        alt: alt?.value,
        decorative: decorative?.checked,
        caption: caption?.value,
        credit: credit?.value,
      },
      title: "Choose the hero image",
      submitText: "Use this picture",
    })
    if (!answer) return
    input.value = answer.photo.id
    if (alt) alt.value = answer.alt
    if (decorative) decorative.checked = answer.decorative
    if (caption) caption.value = answer.caption
    if (credit) credit.value = answer.credit
    if (file) file.value = "" // the library's picture, not a file picked earlier
    const preview = document.createElement("img")
    preview.src = answer.photo.thumbnail
    preview.alt = ""
    preview.className = "library-picker__preview"
    chosen.replaceChildren(
      preview,
      `Chosen: ${answer.photo.alt}. Save the article to use it.`,
    )
  })
}
