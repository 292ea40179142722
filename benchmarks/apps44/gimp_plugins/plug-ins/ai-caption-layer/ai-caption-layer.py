#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Filters > AI > Caption Layer: describe the active layer and add the text
as a new text layer (and optionally as the image comment)."""
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
from gi.repository import GLib, GObject, Gimp, GimpUi  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ai_common  # noqa: E402
from ai_common import plugin_base, vision  # noqa: E402
from ai_common.imageio import export_drawable_png  # noqa: E402
from ai_common.ui import TextResultDialog  # noqa: E402

import captioner  # noqa: E402

PROC_NAME = "python-fu-ai-caption-layer"
log = plugin_base.setup_logging("ai-caption-layer")


class CaptionLayer(Gimp.PlugIn):
    def __init__(self):
        super().__init__()
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = ai_common.get_anthropic_client()
        return self._client

    def do_query_procedures(self):
        return [PROC_NAME]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        procedure = Gimp.ImageProcedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run, None)
        procedure.set_image_types("*")
        procedure.set_sensitivity_mask(Gimp.ProcedureSensitivityMask.DRAWABLE)
        procedure.set_menu_label("_Caption Layer...")
        procedure.set_documentation(
            "Caption the active layer with an AI model",
            "Sends the layer (downscaled) to the configured vision model and inserts the caption.",
            name,
        )
        plugin_base.set_common_attribution(procedure)
        procedure.add_choice_argument(
            "style", "_Style", "Caption style",
            Gimp.Choice.new_with_values([
                ("plain", 0, "Plain", ""),
                ("social", 1, "Social media", ""),
                ("stock", 2, "Stock title", ""),
            ]),
            "plain", GObject.ParamFlags.READWRITE,
        )
        procedure.add_boolean_argument("as-comment", "Set as image _comment", None, False,
                                       GObject.ParamFlags.READWRITE)
        procedure.add_boolean_argument("preview", "_Preview while generating", None, True,
                                       GObject.ParamFlags.READWRITE)
        procedure.add_boolean_argument("rename", "_Rename layer from caption", None, False,
                                       GObject.ParamFlags.READWRITE)
        return procedure

    def run(self, procedure, run_mode, image, drawables, config, run_data):
        if len(drawables) != 1:
            return procedure.new_return_values(
                Gimp.PDBStatusType.CALLING_ERROR,
                GLib.Error("Select exactly one layer"),
            )
        drawable = drawables[0]

        if run_mode == Gimp.RunMode.INTERACTIVE:
            GimpUi.init(PROC_NAME)
            dialog = GimpUi.ProcedureDialog.new(procedure, config, "Caption Layer")
            dialog.fill(None)
            if not dialog.run():
                dialog.destroy()
                return plugin_base.cancel(procedure)
            dialog.destroy()

        style = config.get_property("style")
        settings = ai_common.get_settings()
        try:
            png = export_drawable_png(image, drawable, max_side=settings.max_image_side)
            if not captioner.caption_fits_budget(self.client, png, settings.caption_model):
                png = export_drawable_png(image, drawable, max_side=512)

            if run_mode == Gimp.RunMode.INTERACTIVE and config.get_property("preview"):
                caption = self._interactive_caption(png, style, settings)
                if caption is None:
                    return plugin_base.cancel(procedure)
            else:
                caption = self._caption(png, style, settings)
        except Exception as exc:
            log.exception("caption failed")
            return plugin_base.failure(procedure, exc)

        self._apply(image, drawable, caption, config)
        Gimp.displays_flush()
        return plugin_base.success(procedure)

    def _caption(self, png, style, settings):
        provider = settings.extra.get("caption_provider", "anthropic")
        if provider == "anthropic":
            return captioner.caption_layer(self.client, png, style=style, model=settings.caption_model)
        # other providers go through the shared describers
        return vision.describe(png, ai_common.prompts.caption_prompt(style), provider=provider)

    def _interactive_caption(self, png, style, settings):
        dialog = TextResultDialog("Caption", "")
        dialog.busy(True)

        def on_done(job):
            dialog.busy(False)
            if job.error is not None:
                dialog.set_text("Error: %s" % job.error)
            else:
                dialog.set_text(job.result)

        if settings.extra.get("stream_preview", True):
            ai_common.run_in_thread(
                captioner.stream_caption, self.client, png, style,
                lambda text: GLib.idle_add(dialog.set_text, text),
                model=settings.caption_model, on_done=on_done,
            )
        else:
            # non-streaming path: hand the SDK method straight to the worker
            def _text_from(job):
                msg = job.result
                job.result = msg.content[0].text.strip() if msg else ""
                on_done(job)

            ai_common.run_in_thread(
                self.client.messages.create,
                model=settings.caption_model,
                max_tokens=captioner.DEFAULT_MAX_TOKENS,
                system=ai_common.prompts.CAPTION_SYSTEM,
                messages=[{"role": "user", "content": [
                    captioner._image_block(png),
                    {"type": "text", "text": ai_common.prompts.caption_prompt(style)},
                ]}],
                on_done=_text_from,
            )

        response = dialog.run()
        text = dialog.get_text().strip()
        dialog.destroy()
        if response != -5:  # Gtk.ResponseType.OK
            return None
        return text

    def _apply(self, image, drawable, caption, config):
        image.undo_group_start()
        try:
            font = Gimp.context_get_font()
            text_layer = Gimp.TextLayer.new(image, caption, font, 24.0, Gimp.Unit.pixel())
            text_layer.set_name("Caption")
            image.insert_layer(text_layer, None, 0)
            x, y = drawable.get_offsets()[1:]
            text_layer.set_offsets(x + 10, y + drawable.get_height() - text_layer.get_height() - 10)
            if config.get_property("as-comment"):
                parasite = Gimp.Parasite.new("gimp-comment", Gimp.PARASITE_PERSISTENT,
                                             caption.encode("utf-8") + b"\0")
                image.attach_parasite(parasite)
            if config.get_property("rename"):
                drawable.set_name(captioner.name_layer(caption))
        finally:
            image.undo_group_end()


Gimp.main(CaptionLayer.__gtype__, sys.argv)
