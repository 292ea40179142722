# window.py
#
# Copyright 2023-2024 The Quill Authors
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

import asyncio
import logging
from gettext import gettext as _

from gi.repository import Adw, Gio, GLib, Gtk

from quill import workers
from quill.features import proofread, rewrite, summarise, tone
from quill.features.dictation import Dictation
from quill.features.related import RelatedIndex
from quill.suggestion_row import SuggestionRow

log = logging.getLogger(__name__)

EXPLAIN_PROMPT = "Explain briefly, for a non-expert, what this passage means:\n\n{text}"


@Gtk.Template(resource_path="/org/gnome/Quill/quill/ui/window.ui")
class QuillWindow(Adw.ApplicationWindow):
    __gtype_name__ = "QuillWindow"

    text_view = Gtk.Template.Child()
    toast_overlay = Gtk.Template.Child()
    spinner = Gtk.Template.Child()
    suggestions_list = Gtk.Template.Child()
    tone_dropdown = Gtk.Template.Child()
    dictate_button = Gtk.Template.Child()
    proofread_button = Gtk.Template.Child()

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.buffer = self.text_view.get_buffer()
        self.dictation = Dictation(self.get_application())
        self.related = RelatedIndex(self.get_application())
        self._recording = False
        self._tone_source = 0
        self.buffer.connect("changed", self._on_buffer_changed)

        explain = Gio.SimpleAction.new("explain-selection", None)
        explain.connect("activate", self.on_explain_selection)
        self.add_action(explain)
        cont = Gio.SimpleAction.new("continue-writing", None)
        cont.connect("activate", self.on_continue_writing)
        self.add_action(cont)

        settings = self.get_application().settings
        settings.bind("window-width", self, "default-width", Gio.SettingsBindFlags.DEFAULT)
        settings.bind("window-height", self, "default-height", Gio.SettingsBindFlags.DEFAULT)

    # -- helpers -------------------------------------------------------

    def _text(self) -> str:
        start, end = self.buffer.get_bounds()
        return self.buffer.get_text(start, end, False)

    def _selection(self) -> str:
        bounds = self.buffer.get_selection_bounds()
        if not bounds:
            return ""
        return self.buffer.get_text(bounds[0], bounds[1], False)

    def _busy(self, busy: bool) -> None:
        self.spinner.set_spinning(busy)
        self.proofread_button.set_sensitive(not busy)

    def toast(self, message: str) -> bool:
        self.toast_overlay.add_toast(Adw.Toast.new(message))
        return GLib.SOURCE_REMOVE

    def _on_error(self, exc: BaseException) -> bool:
        self._busy(False)
        return self.toast(_("Request failed: {}").format(exc))

    def load_file(self, gfile: Gio.File) -> None:
        ok, contents, _etag = gfile.load_contents(None)
        if ok:
            self.buffer.set_text(contents.decode("utf-8"))
            self.set_title(gfile.get_basename())

    def set_local_models(self, models):
        log.debug("local models: %s", models)

    # -- template callbacks -------------------------------------------

    @Gtk.Template.Callback()
    def on_proofread_clicked(self, _button):
        app = self.get_application()
        text = self._text()
        self._busy(True)
        if app.settings.track_usage:
            workers.run_in_background(
                lambda: asyncio.run(proofread.proofread_tracked(text)),
                on_done=self._show_suggestions,
                on_error=self._on_error,
            )
        else:
            workers.run_in_background(
                proofread.proofread,
                text,
                app.openai_client,
                model=app.settings.model_for("openai"),
                language=app.settings.get_string("language"),
                on_done=self._show_suggestions,
                on_error=self._on_error,
            )

    def _show_suggestions(self, suggestions) -> bool:
        self._busy(False)
        while (child := self.suggestions_list.get_first_child()) is not None:
            self.suggestions_list.remove(child)
        for suggestion in suggestions:
            row = SuggestionRow(suggestion)
            row.connect("applied", self._on_suggestion_applied)
            self.suggestions_list.append(row)
        if not suggestions:
            self.toast(_("No issues found"))
        return GLib.SOURCE_REMOVE

    def _on_suggestion_applied(self, row):
        self.buffer.set_text(row.suggestion.apply(self._text()))
        self.suggestions_list.remove(row)

    @Gtk.Template.Callback()
    def on_rewrite_clicked(self, _button):
        selection = self._selection() or self._text()
        tone_name = self.tone_dropdown.get_selected_item().get_string()
        backend = self.props.application.settings.backend
        func = rewrite.rewrite_cheap if backend == "mistral" else rewrite.rewrite
        self._busy(True)
        workers.run_in_background(func, selection, tone_name, on_done=self._replace_selection,
                                  on_error=self._on_error)

    def _replace_selection(self, new_text: str) -> bool:
        self._busy(False)
        bounds = self.buffer.get_selection_bounds()
        if bounds:
            self.buffer.delete(*bounds)
            self.buffer.insert(bounds[0], new_text)
        else:
            self.buffer.set_text(new_text)
        return GLib.SOURCE_REMOVE

    @Gtk.Template.Callback()
    def on_summarise_clicked(self, _button):
        text = self._text()
        app = self.get_application()
        self._busy(True)
        if app.settings.backend == "ollama":
            job = lambda: summarise.summarise_offline(text, app.settings.get_string("ollama-model"))  # noqa: E731
        else:
            job = summarise.Summariser().summarise
            job = (lambda j=job: j(text))
        workers.run_in_background(job, on_done=self._show_summary, on_error=self._on_error)

    def _show_summary(self, summary: str) -> bool:
        self._busy(False)
        dialog = Adw.MessageDialog.new(self, _("Summary"), summary)
        dialog.add_response("close", _("Close"))
        dialog.present()
        return GLib.SOURCE_REMOVE

    @Gtk.Template.Callback()
    def on_dictate_clicked(self, button):
        if not self._recording:
            self.dictation.recorder.start()
            button.set_icon_name("media-record-symbolic")
            self._recording = True
            return
        self._recording = False
        button.set_icon_name("audio-input-microphone-symbolic")
        path = self.dictation.recorder.stop()
        language = self.get_application().settings.get_string("language")
        workers.run_in_background(self.dictation.transcribe, path, language,
                                  on_done=self._insert_at_cursor, on_error=self._on_error)

    def _insert_at_cursor(self, text: str) -> bool:
        self.buffer.insert_at_cursor(text + " ")
        return GLib.SOURCE_REMOVE

    # -- window actions -------------------------------------------------

    def on_explain_selection(self, _action, _param):
        selection = self._selection()
        if not selection:
            return
        client = self.get_application().openai_client

        def _explain():
            completion = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": EXPLAIN_PROMPT.format(text=selection)}],
                max_tokens=300,
            )
            return completion.choices[0].message.content

        workers.run_in_background(_explain, on_done=self.toast, on_error=self._on_error)

    def on_continue_writing(self, _action, _param):
        app = self.get_application()
        model = app.settings.get_string("ollama-model")
        context = self._text()[-3000:]

        def _chunks():
            stream = app.ollama.chat(
                model=model,
                messages=[
                    {"role": "system", "content": "Continue the user's text in the same voice. Write one paragraph."},
                    {"role": "user", "content": context},
                ],
                stream=True,
            )
            for part in stream:
                yield part["message"]["content"]

        workers.run_streaming(_chunks, self._insert_at_cursor, lambda: self._busy(False))
        self._busy(True)

    def _on_buffer_changed(self, _buffer):
        if self._tone_source:
            GLib.source_remove(self._tone_source)
        self._tone_source = GLib.timeout_add_seconds(3, self._update_tone)

    def _update_tone(self):
        self._tone_source = 0
        text = self._text()
        workers.run_in_background(tone.detect_tone, text, on_done=self._set_tone_badge)
        return GLib.SOURCE_REMOVE

    def _set_tone_badge(self, label: str) -> bool:
        self.set_title(f"Quill — {label}")
        return GLib.SOURCE_REMOVE

    # -- files ------------------------------------------------------------

    def open_file_dialog(self):
        dialog = Gtk.FileDialog(title=_("Open Document"))
        filters = Gio.ListStore.new(Gtk.FileFilter)
        text_filter = Gtk.FileFilter(name=_("Text files"))
        text_filter.add_mime_type("text/plain")
        text_filter.add_mime_type("text/markdown")
        filters.append(text_filter)
        dialog.set_filters(filters)
        dialog.open(self, None, self._on_open_response)

    def _on_open_response(self, dialog, result):
        try:
            gfile = dialog.open_finish(result)
        except GLib.Error as err:
            if not err.matches(Gtk.DialogError.quark(), Gtk.DialogError.DISMISSED):
                self.toast(_("Could not open file: {}").format(err.message))
            return
        self.current_file = gfile
        self.load_file(gfile)

    def save(self):
        gfile = getattr(self, "current_file", None)
        if gfile is None:
            dialog = Gtk.FileDialog(title=_("Save Document"), initial_name=_("Untitled.md"))
            dialog.save(self, None, self._on_save_response)
            return
        self._write_to(gfile)

    def _on_save_response(self, dialog, result):
        try:
            gfile = dialog.save_finish(result)
        except GLib.Error:
            return
        self.current_file = gfile
        self._write_to(gfile)

    def _write_to(self, gfile):
        data = GLib.Bytes.new(self._text().encode("utf-8"))
        gfile.replace_contents_bytes_async(
            data, None, False, Gio.FileCreateFlags.NONE, None, self._on_saved
        )

    def _on_saved(self, gfile, result):
        try:
            gfile.replace_contents_finish(result)
        except GLib.Error as err:
            self.toast(_("Could not save: {}").format(err.message))
            return
        self.set_title(gfile.get_basename())
        self.toast(_("Saved"))

    def export_pdf(self, path: str):
        from quill.export import PdfExporter

        exporter = PdfExporter(self._text(), self.get_title() or _("Untitled"))
        result = exporter.generate(self, path)
        if result == Gtk.PrintOperationResult.ERROR:
            self.toast(_("Export failed"))
