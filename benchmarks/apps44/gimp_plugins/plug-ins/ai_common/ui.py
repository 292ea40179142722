"""Small GTK helpers built on GimpUi."""
import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
gi.require_version("Gtk", "3.0")
from gi.repository import Gimp, GimpUi, Gtk  # noqa: E402


def message(text, parent=None):
    Gimp.message(text)


def error_dialog(title, text, parent=None):
    dialog = Gtk.MessageDialog(
        transient_for=parent,
        modal=True,
        message_type=Gtk.MessageType.ERROR,
        buttons=Gtk.ButtonsType.CLOSE,
        text=title,
    )
    dialog.format_secondary_text(text)
    dialog.run()
    dialog.destroy()


class TextResultDialog(GimpUi.Dialog):
    """Shows generated text, lets the user edit it before applying."""

    def __init__(self, title, text, role="ai-result"):
        super().__init__(title=title, role=role, use_header_bar=False)
        self.add_button("_Cancel", Gtk.ResponseType.CANCEL)
        self.add_button("_Apply", Gtk.ResponseType.OK)
        self.set_default_size(480, 240)
        self.buffer = Gtk.TextBuffer()
        self.buffer.set_text(text)
        view = Gtk.TextView(buffer=self.buffer, wrap_mode=Gtk.WrapMode.WORD)
        scroller = Gtk.ScrolledWindow()
        scroller.add(view)
        self.get_content_area().pack_start(scroller, True, True, 6)
        self.spinner = Gtk.Spinner()
        self.get_content_area().pack_start(self.spinner, False, False, 0)
        self.show_all()

    def get_text(self):
        start, end = self.buffer.get_bounds()
        return self.buffer.get_text(start, end, False)

    def set_text(self, text):
        self.buffer.set_text(text)

    def busy(self, on):
        if on:
            self.spinner.start()
        else:
            self.spinner.stop()
        self.set_response_sensitive(Gtk.ResponseType.OK, not on)


def ask_text(title, label, default=""):
    dialog = GimpUi.Dialog(title=title, role="ai-ask", use_header_bar=False)
    dialog.add_button("_Cancel", Gtk.ResponseType.CANCEL)
    dialog.add_button("_OK", Gtk.ResponseType.OK)
    box = dialog.get_content_area()
    box.pack_start(Gtk.Label(label=label, xalign=0), False, False, 4)
    entry = Gtk.Entry(text=default, activates_default=True)
    box.pack_start(entry, False, False, 4)
    dialog.set_default_response(Gtk.ResponseType.OK)
    dialog.show_all()
    ok = dialog.run() == Gtk.ResponseType.OK
    value = entry.get_text()
    dialog.destroy()
    return value if ok else None
