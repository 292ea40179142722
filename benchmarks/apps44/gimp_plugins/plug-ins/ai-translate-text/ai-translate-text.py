#!/usr/bin/env python3
"""Filters > AI > Translate Text Layers: translate every text layer of the
image into another language, keeping fonts and positions."""
import asyncio
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
from gi.repository import GLib, GObject, Gimp, GimpUi  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ai_common import client_for, get_settings, plugin_base  # noqa: E402
from ai_common.llm_usage_tracker import llm_tracker  # noqa: E402
from ai_common.prompts import TRANSLATE_SYSTEM  # noqa: E402
from ai_common.ui import TextResultDialog  # noqa: E402

PROC_NAME = "python-fu-ai-translate-text-layers"
log = plugin_base.setup_logging("ai-translate-text")

LANGUAGES = ["English", "German", "French", "Spanish", "Italian", "Polish", "Japanese", "Portuguese"]


def text_layers(image):
    result = []

    def walk(items):
        for item in items:
            if item.is_group():
                walk(item.get_children())
            elif isinstance(item, Gimp.TextLayer):
                result.append(item)

    walk(image.get_layers())
    return result


class Translator:
    def __init__(self, model):
        self.client = client_for("anthropic")
        self.model = model

    async def translate(self, text, language):
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="translate_text_layers"
        ) as usage_log:
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=1024,
                system=TRANSLATE_SYSTEM,
                messages=[{"role": "user", "content": "Translate into %s:\n\n%s" % (language, text)}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    def preview(self, text, language, on_text):
        """Live preview in the dialog; not tracked (TODO: wrap once tracker supports sync)."""
        out = []
        with self.client.with_options(max_retries=0).messages.stream(
            model=self.model,
            max_tokens=1024,
            system=TRANSLATE_SYSTEM,
            messages=[{"role": "user", "content": "Translate into %s:\n\n%s" % (language, text)}],
        ) as stream:
            for delta in stream.text_stream:
                out.append(delta)
                on_text("".join(out))
        return "".join(out)


class TranslateText(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROC_NAME]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        procedure = Gimp.ImageProcedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run, None)
        procedure.set_image_types("*")
        procedure.set_menu_label("_Translate Text Layers...")
        plugin_base.set_common_attribution(procedure)
        procedure.set_documentation("Translate all text layers with Claude", "", name)
        procedure.add_choice_argument(
            "language", "_Language", None,
            Gimp.Choice.new_with_values([(lang.lower(), i, lang, "") for i, lang in enumerate(LANGUAGES)]),
            "english", GObject.ParamFlags.READWRITE,
        )
        procedure.add_boolean_argument("duplicate", "Work on a _copy of each layer", None, True,
                                       GObject.ParamFlags.READWRITE)
        procedure.add_boolean_argument("preview-first", "_Preview first layer", None, False,
                                       GObject.ParamFlags.READWRITE)
        return procedure

    def run(self, procedure, run_mode, image, drawables, config, run_data):
        if run_mode == Gimp.RunMode.INTERACTIVE:
            GimpUi.init(PROC_NAME)
            dialog = GimpUi.ProcedureDialog.new(procedure, config, "Translate Text Layers")
            dialog.fill(None)
            if not dialog.run():
                dialog.destroy()
                return plugin_base.cancel(procedure)
            dialog.destroy()

        layers = text_layers(image)
        if not layers:
            Gimp.message("No text layers in this image.")
            return plugin_base.success(procedure)

        language = config.get_property("language").capitalize()
        translator = Translator(get_settings().translate_model)

        if run_mode == Gimp.RunMode.INTERACTIVE and config.get_property("preview-first"):
            dialog = TextResultDialog("Preview: %s" % language, "")
            translator.preview(layers[0].get_text(), language, dialog.set_text)
            ok = dialog.run() == -5
            dialog.destroy()
            if not ok:
                return plugin_base.cancel(procedure)

        image.undo_group_start()
        try:
            for i, layer in enumerate(layers):
                source = layer.get_text() or ""
                if not source.strip():
                    continue
                translated = asyncio.run(translator.translate(source, language))
                target = layer
                if config.get_property("duplicate"):
                    target = layer.copy()
                    image.insert_layer(target, layer.get_parent(), image.get_item_position(layer))
                    target.set_name("%s (%s)" % (layer.get_name(), language))
                    layer.set_visible(False)
                target.set_text(translated.strip())
                Gimp.progress_update((i + 1) / float(len(layers)))
        except Exception as exc:
            log.exception("translation failed")
            return plugin_base.failure(procedure, exc)
        finally:
            image.undo_group_end()
        Gimp.displays_flush()
        return procedure.new_return_values(Gimp.PDBStatusType.SUCCESS, GLib.Error())


Gimp.main(TranslateText.__gtype__, sys.argv)
