from gi.repository import Adw, GObject, Gtk, GLib


@Gtk.Template(resource_path="/org/gnome/Quill/quill/ui/suggestion-row.ui")
class SuggestionRow(Adw.ActionRow):
    __gtype_name__ = "QuillSuggestionRow"
    __gsignals__ = {"applied": (GObject.SignalFlags.RUN_FIRST, None, ())}

    apply_button = Gtk.Template.Child()

    def __init__(self, suggestion, **kwargs):
        super().__init__(**kwargs)
        self.suggestion = suggestion
        self.set_title(GLib.markup_escape_text(f"{suggestion.original} → {suggestion.replacement}"))
        self.set_subtitle(GLib.markup_escape_text(suggestion.reason))

    @Gtk.Template.Callback()
    def on_apply_clicked(self, _button):
        self.emit("applied")
