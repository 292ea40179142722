#!/usr/bin/env python3
"""File > Create > AI Image from Prompt, and Filters > AI > Edit Layer with Prompt."""
import functools
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
from gi.repository import GLib, GObject, Gimp, GimpUi  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ai_common  # noqa: E402
from ai_common import plugin_base  # noqa: E402
from ai_common.imageio import export_drawable_png, insert_png_as_layer  # noqa: E402

import backends  # noqa: E402

PROC_CREATE = "python-fu-ai-image-from-prompt"
PROC_EDIT = "python-fu-ai-edit-layer"
PROC_VARIATIONS = "python-fu-ai-image-variations"
log = plugin_base.setup_logging("ai-image-from-prompt")

BACKEND_CHOICES = [
    ("openai", 0, "OpenAI (gpt-image-1)", ""),
    ("replicate", 1, "Replicate (FLUX schnell)", ""),
    ("huggingface", 2, "Hugging Face Inference", ""),
    ("imagen", 3, "Google Imagen", ""),
]


class ImageFromPrompt(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROC_CREATE, PROC_EDIT, PROC_VARIATIONS]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        if name == PROC_CREATE:
            procedure = Gimp.Procedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run_create, None)
            procedure.set_menu_label("AI Image from _Prompt...")
            procedure.add_menu_path("<Image>/File/Create")
            procedure.add_int_argument("width", "_Width", None, 256, 2048, 1024, GObject.ParamFlags.READWRITE)
            procedure.add_int_argument("height", "_Height", None, 256, 2048, 1024, GObject.ParamFlags.READWRITE)
            procedure.add_choice_argument("backend", "_Backend", None,
                                          Gimp.Choice.new_with_values(BACKEND_CHOICES),
                                          "openai", GObject.ParamFlags.READWRITE)
        elif name == PROC_VARIATIONS:
            procedure = Gimp.Procedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run_variations, None)
            procedure.set_menu_label("AI Prompt _Variations...")
            procedure.add_menu_path("<Image>/File/Create")
            procedure.add_int_argument("count", "_Count", None, 1, 4, 3, GObject.ParamFlags.READWRITE)
        else:
            procedure = Gimp.ImageProcedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run_edit, None)
            procedure.set_image_types("RGB*")
            procedure.set_sensitivity_mask(Gimp.ProcedureSensitivityMask.DRAWABLE)
            procedure.set_menu_label("_Edit Layer with Prompt...")
            plugin_base.set_common_attribution(procedure)
        procedure.add_string_argument("prompt", "_Prompt", None, "", GObject.ParamFlags.READWRITE)
        procedure.set_documentation("Generate or edit images from a text prompt", "", name)
        procedure.set_attribution("GIMP AI plug-ins team", "GPLv3", "2024")
        return procedure

    def _dialog(self, procedure, config, title):
        GimpUi.init(procedure.get_name())
        dialog = GimpUi.ProcedureDialog.new(procedure, config, title)
        dialog.fill(None)
        ok = dialog.run()
        dialog.destroy()
        return ok

    def run_create(self, procedure, config, run_data):
        if config.get_property("run-mode") == Gimp.RunMode.INTERACTIVE:
            if not self._dialog(procedure, config, "AI Image from Prompt"):
                return plugin_base.cancel(procedure)
        prompt = config.get_property("prompt").strip()
        if not prompt:
            return plugin_base.failure(procedure, ValueError("empty prompt"))
        width, height = config.get_property("width"), config.get_property("height")

        try:
            backend = backends.get_backend(config.get_property("backend"))
            images = ai_common.run_blocking_with_progress(
                backend.generate, prompt, width, height, label="Generating image..."
            )
        except backends.PromptRejected as exc:
            Gimp.message(str(exc))
            return plugin_base.cancel(procedure)
        except Exception as exc:
            log.exception("generation failed")
            return plugin_base.failure(procedure, exc)

        image = Gimp.Image.new(width, height, Gimp.ImageBaseType.RGB)
        for i, data in enumerate(images):
            layer = insert_png_as_layer(image, data, name="AI: %s #%d" % (prompt[:40], i + 1))
            layer.scale(width, height, False)
        Gimp.Display.new(image)
        image.clean_all()
        return plugin_base.success(procedure, image)

    def run_variations(self, procedure, config, run_data):
        """Same prompt, several qualities/sizes: handy for comparing cost vs quality."""
        if not self._dialog(procedure, config, "AI Prompt Variations"):
            return plugin_base.cancel(procedure)
        prompt = config.get_property("prompt").strip()
        client = ai_common.get_openai_client()
        settings = ai_common.get_settings()
        make = functools.partial(client.images.generate, model=settings.image_model, prompt=prompt, n=1)

        image = Gimp.Image.new(1024, 1024, Gimp.ImageBaseType.RGB)
        Gimp.progress_init("Generating variations")
        qualities = ["low", "medium", "high"][: config.get_property("count")]
        for i, quality in enumerate(qualities):
            result = make(quality=quality, size="1024x1024")
            data = backends.base64.b64decode(result.data[0].b64_json)
            insert_png_as_layer(image, data, name="%s quality" % quality)
            Gimp.progress_update((i + 1) / float(len(qualities)))
        Gimp.progress_end()
        Gimp.Display.new(image)
        return plugin_base.success(procedure)

    def run_edit(self, procedure, run_mode, image, drawables, config, run_data):
        if run_mode == Gimp.RunMode.INTERACTIVE:
            if not self._dialog(procedure, config, "Edit Layer with Prompt"):
                return plugin_base.cancel(procedure)
        drawable = drawables[0]
        prompt = config.get_property("prompt")

        mask_png = None
        selection = image.get_selection()
        if not selection.is_empty():
            mask_png = self._selection_as_mask(image)

        backend = backends.get_backend("openai")
        try:
            png = export_drawable_png(image, drawable, max_side=1024)
            results = ai_common.run_blocking_with_progress(
                backend.edit, png, mask_png, prompt, label="Editing layer..."
            )
        except Exception as exc:
            return plugin_base.failure(procedure, exc)

        image.undo_group_start()
        layer = insert_png_as_layer(image, results[0], name="AI edit")
        layer.scale(drawable.get_width(), drawable.get_height(), False)
        layer.set_offsets(*drawable.get_offsets()[1:])
        image.undo_group_end()
        Gimp.displays_flush()
        return plugin_base.success(procedure)

    def _selection_as_mask(self, image):
        # gpt-image-1 wants transparent pixels where the edit should happen
        channel = image.get_selection().save(image)
        mask_image = Gimp.Image.new(image.get_width(), image.get_height(), Gimp.ImageBaseType.RGB)
        layer = Gimp.Layer.new_from_drawable(channel, mask_image)
        mask_image.insert_layer(layer, None, 0)
        layer.add_alpha()
        png = export_drawable_png(mask_image, layer, max_side=1024)
        mask_image.delete()
        image.remove_channel(channel)
        return png


Gimp.main(ImageFromPrompt.__gtype__, sys.argv)
