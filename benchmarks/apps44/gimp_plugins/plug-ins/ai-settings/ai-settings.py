#!/usr/bin/env python3
"""Filters > AI > Settings: API keys, default models, spend summary."""
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
gi.require_version("Gtk", "3.0")
from gi.repository import GLib, Gimp, GimpUi, Gtk  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import ai_common  # noqa: E402
from ai_common import legacy_hf, plugin_base  # noqa: E402
from ai_common.llm_usage_tracker import llm_tracker  # noqa: E402
from ai_common.pricing import format_cost  # noqa: E402

PROC_NAME = "python-fu-ai-settings"
log = plugin_base.setup_logging("ai-settings")

KEY_FIELDS = [
    ("openai_api_key", "OpenAI API key"),
    ("anthropic_api_key", "Anthropic API key"),
    ("google_api_key", "Google AI API key"),
    ("replicate_api_token", "Replicate token"),
    ("hf_token", "Hugging Face token"),
]

MODEL_FIELDS = [
    ("caption_model", "Caption model"),
    ("alt_text_model", "Alt text model"),
    ("image_model", "Image model"),
    ("palette_model", "Palette model"),
    ("translate_model", "Translate model"),
]


def check_openai(key):
    from openai import OpenAI

    client = OpenAI(api_key=key, timeout=10)
    return sorted(m.id for m in client.models.list())[:5]


def check_anthropic(key):
    import anthropic

    client = anthropic.Anthropic(api_key=key, timeout=10)
    page = client.models.list(limit=5)
    return [m.id for m in page.data]


def check_google(key):
    from google import genai

    client = genai.Client(api_key=key)
    return [m.name for m in client.models.list(config={"page_size": 5})][:5]


def check_replicate(token):
    import replicate

    client = replicate.Client(api_token=token)
    model = client.models.get(ai_common.get_settings().replicate_image_model)
    return [model.latest_version.id if model.latest_version else model.name]


def check_hf(token):
    return [legacy_hf.hf_model_status(ai_common.get_settings().hf_chat_model).get("id", "ok")]


CHECKS = {
    "openai_api_key": check_openai,
    "anthropic_api_key": check_anthropic,
    "google_api_key": check_google,
    "replicate_api_token": check_replicate,
    "hf_token": check_hf,
}


class SettingsDialog(GimpUi.Dialog):
    def __init__(self, settings):
        super().__init__(title="AI Plug-in Settings", role="ai-settings", use_header_bar=False)
        self.settings = settings
        self.entries = {}
        self.add_button("_Cancel", Gtk.ResponseType.CANCEL)
        self.add_button("_Save", Gtk.ResponseType.OK)

        grid = Gtk.Grid(row_spacing=6, column_spacing=6, margin=12)
        row = 0
        for attr, label in KEY_FIELDS + MODEL_FIELDS:
            grid.attach(Gtk.Label(label=label, xalign=0), 0, row, 1, 1)
            entry = Gtk.Entry(text=getattr(settings, attr), hexpand=True)
            if attr in CHECKS:
                entry.set_visibility(False)
                button = Gtk.Button(label="Test")
                button.connect("clicked", self.on_test, attr)
                grid.attach(button, 2, row, 1, 1)
            grid.attach(entry, 1, row, 1, 1)
            self.entries[attr] = entry
            row += 1

        self.track = Gtk.CheckButton(label="Record usage and cost", active=settings.track_usage)
        grid.attach(self.track, 0, row, 3, 1)
        row += 1
        spent = format_cost(llm_tracker.total_cost())
        grid.attach(Gtk.Label(label="Recorded spend so far: %s" % spent, xalign=0), 0, row, 3, 1)
        self.status = Gtk.Label(xalign=0)
        grid.attach(self.status, 0, row + 1, 3, 1)
        self.get_content_area().pack_start(grid, True, True, 0)
        self.show_all()

    def on_test(self, button, attr):
        key = self.entries[attr].get_text().strip()
        self.status.set_text("Testing...")

        def done(job):
            if job.error:
                self.status.set_text("%s: %s" % (attr, job.error))
            else:
                self.status.set_text("%s OK: %s" % (attr, ", ".join(job.result)))

        ai_common.run_in_thread(CHECKS[attr], key, on_done=done)

    def apply(self):
        for attr, entry in self.entries.items():
            setattr(self.settings, attr, entry.get_text().strip())
        self.settings.track_usage = self.track.get_active()


class AISettingsPlugin(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROC_NAME]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        procedure = Gimp.Procedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run, None)
        procedure.set_menu_label("_Settings...")
        procedure.add_menu_path("<Image>/Filters/AI")
        procedure.set_documentation("Configure the AI plug-ins", "", name)
        procedure.set_attribution("GIMP AI plug-ins team", "GPLv3", "2024")
        return procedure

    def run(self, procedure, config, run_data):
        GimpUi.init(PROC_NAME)
        settings = ai_common.load_settings()
        dialog = SettingsDialog(settings)
        if dialog.run() == Gtk.ResponseType.OK:
            dialog.apply()
            path = ai_common.save_settings(settings)
            ai_common.reset_clients()
            Gimp.message("Saved %s" % path)
        dialog.destroy()
        return procedure.new_return_values(Gimp.PDBStatusType.SUCCESS, GLib.Error())


Gimp.main(AISettingsPlugin.__gtype__, sys.argv)
