/*
 * Names each rich-text editor after its field. django-prose-editor hides the
 * form's <textarea> and edits in a contenteditable box of its own, so the
 * field's label ("Body:") and its help and error text point at the hidden
 * textarea, and screen readers announced the editing box as an unnamed
 * textbox. The box takes the textarea's label, description and invalid state.
 * Loaded on every admin page (templates/admin/base_site.html).
 */
document.addEventListener("prose-editor:ready", ({ detail: { editor, textarea } }) => {
  const box = editor.view.dom
  const label = textarea.id && document.querySelector(`label[for="${textarea.id}"]`)
  if (label) {
    label.id ||= `${textarea.id}_label`
    box.setAttribute("aria-labelledby", label.id)
  }
  for (const name of ["aria-describedby", "aria-invalid", "aria-required"]) {
    const value = textarea.getAttribute(name)
    if (value) box.setAttribute(name, value)
  }
})
