"""Export to Markdown / PDF."""

from __future__ import annotations

from gi.repository import Gtk, Pango


class PdfExporter:
    def __init__(self, text: str, title: str = "Untitled") -> None:
        self.text = text
        self.title = title

    def generate(self, parent: Gtk.Window, path: str) -> Gtk.PrintOperationResult:
        op = Gtk.PrintOperation()
        op.set_export_filename(path)
        op.set_n_pages(1)
        op.connect("draw-page", self._draw_page)
        return op.run(Gtk.PrintOperationAction.EXPORT, parent)

    def _draw_page(self, operation, context, page_nr):
        cr = context.get_cairo_context()
        layout = context.create_pango_layout()
        layout.set_font_description(Pango.FontDescription.from_string("Cantarell 11"))
        layout.set_width(int(context.get_width() * Pango.SCALE))
        layout.set_text(f"{self.title}\n\n{self.text}", -1)
        cr.move_to(0, 0)
        from gi.repository import PangoCairo

        PangoCairo.show_layout(cr, layout)


def to_markdown(text: str, title: str) -> str:
    return f"# {title}\n\n{text.strip()}\n"
