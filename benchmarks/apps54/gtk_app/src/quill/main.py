# main.py
#
# Copyright 2023-2024 The Quill Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import logging
import sys

import gi

gi.require_version("Gtk", "4.0")
gi.require_version("Adw", "1")

from gi.repository import Adw, Gio, GLib, Gtk  # noqa: E402

from quill import APP_ID  # noqa: E402
from quill.ai import default_registry, get_ollama_client, get_openai_client, reset_clients  # noqa: E402
from quill.history import HistoryStore  # noqa: E402
from quill.services.llm_usage_tracker import llm_tracker  # noqa: E402
from quill.services.multi_model_service import multi_model_service  # noqa: E402
from quill.settings import get_settings  # noqa: E402
from quill.window import QuillWindow  # noqa: E402
from quill import workers  # noqa: E402

log = logging.getLogger(__name__)


class QuillApplication(Adw.Application):
    """The main application singleton class."""

    def __init__(self, version: str = "dev"):
        super().__init__(application_id=APP_ID, flags=Gio.ApplicationFlags.HANDLES_OPEN)
        self.version = version
        self.settings = None
        self.registry = default_registry
        self.openai_client = None
        self.ollama = None
        self.history = None

    def do_startup(self):
        Adw.Application.do_startup(self)
        self.settings = get_settings()
        self.settings.connect("changed::backend", self._on_backend_changed)
        self.settings.connect("changed::track-usage", self._on_track_usage_changed)
        llm_tracker.set_enabled(self.settings.track_usage)
        multi_model_service.preferred_backend = self.settings.backend

        # Whisper + the quick "explain" popover use OpenAI directly.
        self.openai_client = get_openai_client()
        self.ollama = get_ollama_client(self.settings.ollama_host)
        self.history = HistoryStore.create(GLib.get_user_data_dir())

        self.create_action("quit", lambda *_: self.quit(), ["<primary>q"])
        self.create_action("about", self.on_about_action)
        self.create_action("preferences", self.on_preferences_action, ["<primary>comma"])
        self.create_action("new-document", self.on_new_document, ["<primary>n"])
        self.create_action("reload-keys", self.on_reload_keys)
        self.create_action("refresh-local-models", self.on_refresh_local_models)
        self.create_action("show-usage", self.on_show_usage, ["<primary><shift>u"])
        self.create_action("clear-history", self.on_clear_history)

    def do_activate(self):
        win = self.props.active_window
        if not win:
            win = QuillWindow(application=self)
        win.present()

    def do_open(self, files, n_files, hint):
        for gfile in files:
            win = QuillWindow(application=self)
            win.load_file(gfile)
            win.present()

    def do_shutdown(self):
        workers.shutdown()
        Adw.Application.do_shutdown(self)

    def get_backend(self, name: str | None = None):
        name = name or self.settings.backend
        kwargs = {"host": self.settings.ollama_host} if name == "ollama" else {}
        return self.registry.get(name, self.settings.model_for(name), **kwargs)

    def on_about_action(self, widget, _):
        about = Adw.AboutWindow(
            transient_for=self.props.active_window,
            application_name="Quill",
            application_icon=APP_ID,
            developer_name="The Quill Authors",
            version=self.version,
            developers=["Ana Ruiz", "Tomasz K.", "Priya Natarajan"],
            copyright="© 2023 The Quill Authors",
            license_type=Gtk.License.GPL_3_0,
        )
        about.present()

    def on_preferences_action(self, widget, _):
        from quill.preferences import QuillPreferencesWindow

        prefs = QuillPreferencesWindow(transient_for=self.props.active_window)
        prefs.present()

    def on_new_document(self, *_):
        QuillWindow(application=self).present()

    def on_reload_keys(self, *_):
        reset_clients()
        self.registry.clear()
        self.openai_client = get_openai_client()

    def on_refresh_local_models(self, *_):
        def _list():
            return [m.model for m in self.ollama.list().models]

        workers.run_in_background(_list, on_done=self._set_local_models)

    def _set_local_models(self, models):
        log.info("ollama has %d models", len(models))
        for win in self.get_windows():
            if isinstance(win, QuillWindow):
                win.set_local_models(models)
        return GLib.SOURCE_REMOVE

    def on_show_usage(self, *_):
        from quill.usage import format_cost

        totals = llm_tracker.totals_by_provider()
        if not totals:
            body = "No requests recorded yet."
        else:
            lines = []
            for provider, (tokens_in, tokens_out, cost) in sorted(totals.items()):
                lines.append(f"{provider}: {tokens_in:,} in / {tokens_out:,} out — {format_cost(cost)}")
            body = "\n".join(lines)
        dialog = Adw.MessageDialog.new(self.props.active_window, "Usage", body)
        dialog.add_response("close", "Close")
        dialog.present()

    def on_clear_history(self, *_):
        removed = self.history.prune(older_than_days=0)
        log.info("removed %d revisions", removed)
        win = self.props.active_window
        if isinstance(win, QuillWindow):
            win.toast(f"Removed {removed} revisions")

    def _on_backend_changed(self, settings, key):
        multi_model_service.preferred_backend = settings.get_string(key)

    def _on_track_usage_changed(self, settings, key):
        llm_tracker.set_enabled(settings.get_boolean(key))

    def create_action(self, name, callback, shortcuts=None):
        action = Gio.SimpleAction.new(name, None)
        action.connect("activate", callback)
        self.add_action(action)
        if shortcuts:
            self.set_accels_for_action(f"app.{name}", shortcuts)


def main(version):
    logging.basicConfig(level=logging.INFO)
    app = QuillApplication(version)
    return app.run(sys.argv)
