from __future__ import annotations

import logging
from gettext import gettext as _

from gi.repository import Adw, GLib, Gtk

from quill import workers
from quill.ai import get_anthropic_client, get_deepseek_client, get_mistral_client, get_ollama_client

log = logging.getLogger(__name__)

BACKENDS = ["openai", "anthropic", "mistral", "ollama", "deepseek"]


@Gtk.Template(resource_path="/org/gnome/Quill/quill/ui/preferences.ui")
class QuillPreferencesWindow(Adw.PreferencesWindow):
    __gtype_name__ = "QuillPreferencesWindow"

    backend_row = Gtk.Template.Child()
    model_row = Gtk.Template.Child()
    ollama_host_row = Gtk.Template.Child()
    track_usage_row = Gtk.Template.Child()
    test_button = Gtk.Template.Child()

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.app = Gtk.Application.get_default()
        self.settings = self.app.settings
        self.backend_row.set_selected(BACKENDS.index(self.settings.backend))
        self.backend_row.connect("notify::selected", self._on_backend_selected)
        self.settings.bind("track-usage", self.track_usage_row, "active", 0)
        self.ollama_host_row.set_text(self.settings.ollama_host)
        self.model_row.set_text(self.settings.model_for(self.settings.backend))

    def _on_backend_selected(self, row, _pspec):
        backend = BACKENDS[row.get_selected()]
        self.settings.backend = backend
        self.model_row.set_text(self.settings.model_for(backend))

    def _probe(self, backend: str) -> str:
        if backend == "openai":
            models = self.app.openai_client.models.list()
            return _("{} models available").format(len(models.data))
        if backend == "anthropic":
            # There is no cheap list endpoint on older keys; send a one-token ping.
            reply = get_anthropic_client().messages.create(
                model=self.settings.model_for("anthropic"),
                max_tokens=1,
                messages=[{"role": "user", "content": "ping"}],
            )
            return _("OK ({})").format(reply.model)
        if backend == "mistral":
            return _("{} models available").format(len(get_mistral_client().models.list().data))
        if backend == "deepseek":
            return _("{} models available").format(len(get_deepseek_client().models.list().data))
        client = get_ollama_client(self.ollama_host_row.get_text())
        return _("{} local models").format(len(client.list().models))

    @Gtk.Template.Callback()
    def on_test_clicked(self, button):
        button.set_sensitive(False)
        backend = BACKENDS[self.backend_row.get_selected()]

        def done(message):
            button.set_sensitive(True)
            self.add_toast(Adw.Toast.new(message))
            return GLib.SOURCE_REMOVE

        def failed(exc):
            return done(_("Connection failed: {}").format(exc))

        workers.run_in_background(self._probe, backend, on_done=done, on_error=failed)
