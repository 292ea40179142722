#!/usr/bin/env python3
"""Windows > Dockable Dialogs > Palettes gets a new palette suggested by an LLM."""
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
gi.require_version("Gegl", "0.4")
from gi.repository import GLib, GObject, Gimp, GimpUi  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ai_common import get_openai_client, get_settings, plugin_base  # noqa: E402
from ai_common.colors import PaletteBuilder  # noqa: E402
from ai_common.imageio import export_image_png  # noqa: E402

import palette_llm  # noqa: E402

PROC_THEME = "python-fu-ai-palette-from-theme"
PROC_IMAGE = "python-fu-ai-palette-from-image"
log = plugin_base.setup_logging("ai-palette-suggest")

PROVIDERS = [
    ("tracked", 0, "Default (tracked)", ""),
    ("openai", 1, "OpenAI", ""),
    ("huggingface", 2, "Hugging Face", ""),
]


class PaletteSuggest(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROC_THEME, PROC_IMAGE]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        if name == PROC_THEME:
            procedure = Gimp.Procedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run_theme, None)
            procedure.set_menu_label("AI Palette from _Theme...")
            procedure.add_menu_path("<Palettes>/Palettes Menu")
            procedure.add_string_argument("theme", "_Theme", None, "autumn forest at dusk",
                                          GObject.ParamFlags.READWRITE)
            procedure.add_choice_argument("provider", "_Provider", None,
                                          Gimp.Choice.new_with_values(PROVIDERS), "tracked",
                                          GObject.ParamFlags.READWRITE)
        else:
            procedure = Gimp.ImageProcedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run_image, None)
            procedure.set_image_types("*")
            procedure.set_menu_label("AI Palette from _Image...")
            procedure.add_menu_path("<Image>/Colors/Info")
            procedure.add_string_argument("style", "_Style", None, "flat illustration",
                                          GObject.ParamFlags.READWRITE)
        procedure.add_int_argument("count", "_Colours", None, 3, 16, 6, GObject.ParamFlags.READWRITE)
        procedure.set_documentation("Suggest a palette with an AI model", "", name)
        procedure.set_attribution("GIMP AI plug-ins team", "GPLv3", "2025")
        return procedure

    def _dialog(self, procedure, config, title):
        GimpUi.init(procedure.get_name())
        dialog = GimpUi.ProcedureDialog.new(procedure, config, title)
        dialog.fill(None)
        ok = dialog.run()
        dialog.destroy()
        return ok

    def run_theme(self, procedure, config, run_data):
        if config.get_property("run-mode") == Gimp.RunMode.INTERACTIVE:
            if not self._dialog(procedure, config, "AI Palette from Theme"):
                return plugin_base.cancel(procedure)
        theme = config.get_property("theme")
        count = config.get_property("count")
        try:
            name, colors = palette_llm.retry_on_parse_error(
                palette_llm.suggest, config.get_property("provider"), theme, count
            )
        except Exception as exc:
            log.exception("palette failed")
            return plugin_base.failure(procedure, exc)
        palette = PaletteBuilder(self._unique_name(name), colors).generate()
        Gimp.context_set_palette(palette)
        return plugin_base.success(procedure)

    def run_image(self, procedure, run_mode, image, drawables, config, run_data):
        if run_mode == Gimp.RunMode.INTERACTIVE:
            if not self._dialog(procedure, config, "AI Palette from Image"):
                return plugin_base.cancel(procedure)
        count = config.get_property("count")
        Gimp.progress_init("Asking Gemini for a palette")
        try:
            png = export_image_png(image, max_side=512)
            name, colors = palette_llm.suggest_from_image(
                png, count=count, style=config.get_property("style"),
                on_progress=lambda n: Gimp.progress_pulse(),
            )
        except Exception as exc:
            return plugin_base.failure(procedure, exc)
        finally:
            Gimp.progress_end()
        if get_settings().extra.get("rename_palettes"):
            name = self._nicer_name(name, colors)
        palette = PaletteBuilder(self._unique_name(name), colors).generate()
        Gimp.context_set_palette(palette)
        return plugin_base.success(procedure)

    def _nicer_name(self, name, colors):
        # quick one-off; TODO move to palette_llm / tracked service
        hexes = ", ".join(h for _, h in colors)
        reply = get_openai_client().chat.completions.create(
            model=get_settings().palette_model,
            messages=[{"role": "user",
                       "content": "Give an evocative 2-3 word name for a palette with %s. "
                                  "Current name: %s. Answer with the name only." % (hexes, name)}],
            max_tokens=10,
        )
        return reply.choices[0].message.content.strip().strip('"') or name

    def _unique_name(self, name):
        base, n = "AI " + name, 1
        candidate = base
        while Gimp.Palette.get_by_name(candidate) is not None:
            n += 1
            candidate = "%s %d" % (base, n)
        return candidate


Gimp.main(PaletteSuggest.__gtype__, sys.argv)
