#!/usr/bin/env python3
"""Layer > AI Upscale: replace (or add) an upscaled copy of the layer."""
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
from gi.repository import GObject, Gimp, GimpUi  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ai_common import plugin_base, run_blocking_with_progress  # noqa: E402
from ai_common.imageio import export_drawable_png, insert_png_as_layer  # noqa: E402

from upscalers import UPSCALERS  # noqa: E402

PROC_NAME = "python-fu-ai-upscale"
log = plugin_base.setup_logging("ai-upscale")


class Upscale(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROC_NAME]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        procedure = Gimp.ImageProcedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run, None)
        procedure.set_image_types("RGB*")
        procedure.set_sensitivity_mask(Gimp.ProcedureSensitivityMask.DRAWABLE)
        procedure.set_menu_label("AI _Upscale Layer...")
        procedure.add_menu_path("<Image>/Layer")
        procedure.set_documentation("Upscale the layer with an AI model", "", name)
        procedure.set_attribution("GIMP AI plug-ins team", "GPLv3", "2025")
        procedure.add_int_argument("scale", "_Scale", None, 2, 4, 2, GObject.ParamFlags.READWRITE)
        procedure.add_choice_argument(
            "provider", "_Provider", None,
            Gimp.Choice.new_with_values([
                ("replicate", 0, "Real-ESRGAN (Replicate)", ""),
                ("imagen", 1, "Imagen upscaler", ""),
                ("huggingface", 2, "Swin2SR (Hugging Face)", ""),
            ]),
            "replicate", GObject.ParamFlags.READWRITE,
        )
        return procedure

    def run(self, procedure, run_mode, image, drawables, config, run_data):
        if run_mode == Gimp.RunMode.INTERACTIVE:
            GimpUi.init(PROC_NAME)
            dialog = GimpUi.ProcedureDialog.new(procedure, config, "AI Upscale")
            dialog.fill(None)
            if not dialog.run():
                dialog.destroy()
                return plugin_base.cancel(procedure)
            dialog.destroy()

        drawable = drawables[0]
        scale = config.get_property("scale")
        upscaler = UPSCALERS[config.get_property("provider")]
        try:
            png = export_drawable_png(image, drawable, max_side=4096)
            result = run_blocking_with_progress(upscaler, png, scale, label="Upscaling...")
        except Exception as exc:
            log.exception("upscale failed")
            return plugin_base.failure(procedure, exc)

        image.undo_group_start()
        w, h = drawable.get_width() * scale, drawable.get_height() * scale
        if image.get_width() < w or image.get_height() < h:
            image.resize(max(w, image.get_width()), max(h, image.get_height()), 0, 0)
        layer = insert_png_as_layer(image, result, name=drawable.get_name() + " x%d" % scale)
        if layer.get_width() != w:
            layer.scale(w, h, False)
        image.undo_group_end()
        Gimp.displays_flush()
        return plugin_base.success(procedure)


Gimp.main(Upscale.__gtype__, sys.argv)
