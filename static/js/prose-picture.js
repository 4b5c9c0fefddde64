/*
 * The rich-text editor's picture: a photo of the library placed as the
 * journal's figure,
 *
 *   <figure data-photo="12"><img src alt width height>
 *     <figcaption>Caption <span class="credit">Credit</span></figcaption></figure>
 *
 * (the same markup as templates/articles/_figure.html). The figure is one
 * block whose alt text, caption and credit are attributes, changed only
 * through the picture dialog; an empty alt is a decorative picture. Named
 * "figure" with an `insertFigure` command, it takes the editor's own figure
 * button. Loaded by django-prose-editor (DJANGO_PROSE_EDITOR_EXTENSIONS).
 *
 * A bare <img> (a WordPress picture without a caption, as the import keeps
 * it) is read as such a figure too: the editor keeps only what its schema
 * knows, and it dropped those pictures at the next save.
 */
import { Node } from "django-prose-editor/editor"
import { choosePicture } from "journal/picture-desk"

// The picture of a figure, or the bare <img> read as one.
const imageOf = (element) => (element.matches("img") ? element : element.querySelector("img"))

const fromImage = (name) => (element) => imageOf(element)?.getAttribute(name) ?? null

function captionParts(figure) {
  const figcaption = figure.querySelector("figcaption")
  if (!figcaption) return { caption: "", credit: "" }
  // Our credit is a span.credit; pictures placed before the dialog used <small>.
  const credit = figcaption.querySelector(".credit, small")
  const caption = [...figcaption.childNodes]
    .filter((child) => child !== credit)
    .map((child) => child.textContent)
    .join("")
  return { caption: caption.trim(), credit: credit?.textContent.trim() ?? "" }
}

const attribute = (parseHTML) => ({ default: null, rendered: false, parseHTML })

const present = (attributes) =>
  Object.fromEntries(Object.entries(attributes).filter(([, value]) => value != null))

export const Picture = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { libraryUrl: "", uploadUrl: "" }
  },

  addAttributes() {
    return {
      photo: attribute((figure) => figure.dataset.photo ?? null),
      src: attribute(fromImage("src")),
      alt: attribute(fromImage("alt")),
      width: attribute(fromImage("width")),
      height: attribute(fromImage("height")),
      caption: attribute((figure) => captionParts(figure).caption),
      credit: attribute((figure) => captionParts(figure).credit),
    }
  },

  parseHTML() {
    // a figure without a picture is not ours: its content is kept as text
    return [
      { tag: "figure", getAttrs: (figure) => (figure.querySelector("img") ? null : false) },
      { tag: "img[src]" },
    ]
  },

  renderHTML({ node }) {
    const { photo, src, alt, width, height, caption, credit } = node.attrs
    const parts = []
    if (caption) parts.push(caption)
    if (caption && credit) parts.push(" ")
    if (credit) parts.push(["span", { class: "credit" }, credit])
    return [
      "figure",
      present({ "data-photo": photo }),
      ["img", present({ src, alt, width, height })],
      ...(parts.length ? [["figcaption", {}, ...parts]] : []),
    ]
  },

  addCommands() {
    return {
      insertFigure:
        () =>
        ({ editor, state, dispatch }) => {
          if (!dispatch) return true
          const { selection } = state
          const editing = selection.node?.type.name === this.name ? selection : null
          const attrs = editing?.node.attrs
          choosePicture({
            libraryUrl: this.options.libraryUrl,
            uploadUrl: this.options.uploadUrl,
            current: attrs && {
              // kept as it is unless another picture is chosen
              photo: attrs.src && {
                id: attrs.photo ? Number(attrs.photo) : null,
                src: attrs.src,
                width: attrs.width,
                height: attrs.height,
              },
              alt: attrs.alt,
              decorative: attrs.alt === "",
              caption: attrs.caption,
              credit: attrs.credit,
            },
            title: editing ? "Change the picture" : "Insert a picture",
            submitText: editing ? "Update picture" : "Insert picture",
          }).then((answer) => {
            if (!answer) {
              editor.commands.focus()
              return
            }
            const { photo } = answer
            const figure = {
              photo: photo.id == null ? null : String(photo.id),
              src: photo.src,
              alt: answer.alt,
              width: photo.width ? String(photo.width) : null,
              height: photo.height ? String(photo.height) : null,
              caption: answer.caption,
              credit: answer.credit,
            }
            if (editing) {
              editor
                .chain()
                .focus()
                .command(({ tr }) => {
                  tr.setNodeMarkup(editing.from, undefined, figure)
                  return true
                })
                .run()
            } else {
              editor
                .chain()
                .focus()
                .insertContent({ type: this.name, attrs: figure })
                .command(({ tr, commands }) => {
                  // The cursor goes on after the picture, not on it: the
                  // next key typed would replace a selected picture.
                  const after = tr.selection.to
                  if (!tr.doc.resolve(after).nodeAfter?.isTextblock) {
                    tr.insert(after, tr.doc.type.schema.nodes.paragraph.create())
                  }
                  return commands.setTextSelection(after + 1)
                })
                .run()
            }
          })
          return true
        },
    }
  },
})
