#!/usr/bin/env python3
"""Image > Metadata > AI Alt Text: write alt text into the image metadata
(Xmp.dc.description + gimp-comment)."""
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
from gi.repository import GLib, GObject, Gimp, GimpUi  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ai_common import get_settings, plugin_base  # noqa: E402
from ai_common.imageio import export_image_png  # noqa: E402
from ai_common.prompts import ALT_TEXT_PROMPT  # noqa: E402
from ai_common.ui import TextResultDialog  # noqa: E402

from alt_text import AltTextGenerator  # noqa: E402

PROC_NAME = "python-fu-ai-alt-text"
PROC_ALL = "python-fu-ai-alt-text-all"
log = plugin_base.setup_logging("ai-alt-text")


def _vertex_alt_text(png, settings):
    """Studio machines use Vertex AI with ADC instead of an API key."""
    from google import genai
    from google.genai import types

    client = genai.Client(
        vertexai=True,
        project=settings.extra["vertex_project"],
        location=settings.extra.get("vertex_location", "europe-west4"),
    )
    response = client.models.generate_content(
        model=settings.alt_text_model,
        contents=[
            types.Part.from_bytes(data=png, mime_type="image/png"),
            ALT_TEXT_PROMPT.format(max_chars=250),
        ],
    )
    return (response.text or "").strip()


def _store_alt_text(image, text):
    metadata = image.get_metadata() or Gimp.Metadata.new()
    metadata.set_tag("Xmp.dc.description", text)
    metadata.set_tag("Exif.Image.ImageDescription", text)
    image.set_metadata(metadata)
    image.attach_parasite(
        Gimp.Parasite.new("gimp-comment", Gimp.PARASITE_PERSISTENT, text.encode("utf-8") + b"\0")
    )


class AltText(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROC_NAME, PROC_ALL]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        if name == PROC_ALL:
            procedure = Gimp.Procedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run_all, None)
            procedure.set_menu_label("AI Alt Text for _All Open Images")
            procedure.add_menu_path("<Image>/Image/Metadata")
        else:
            procedure = Gimp.ImageProcedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run, None)
            procedure.set_image_types("*")
            procedure.set_menu_label("AI _Alt Text...")
            procedure.add_menu_path("<Image>/Image/Metadata")
            procedure.add_int_argument("max-chars", "Max _characters", None, 50, 1000, 250,
                                       GObject.ParamFlags.READWRITE)
        procedure.set_documentation("Generate alt text with Gemini", "", name)
        procedure.set_attribution("GIMP AI plug-ins team", "GPLv3", "2024")
        return procedure

    def run(self, procedure, run_mode, image, drawables, config, run_data):
        settings = get_settings()
        max_chars = config.get_property("max-chars")
        try:
            png = export_image_png(image, max_side=settings.max_image_side)
            if settings.extra.get("vertex_project"):
                text = _vertex_alt_text(png, settings)
            else:
                text = AltTextGenerator(max_chars=max_chars).generate(png)
        except Exception as exc:
            log.exception("alt text failed")
            return plugin_base.failure(procedure, exc)

        if run_mode == Gimp.RunMode.INTERACTIVE:
            GimpUi.init(PROC_NAME)
            dialog = TextResultDialog("Alt Text", text)
            response = dialog.run()
            text = dialog.get_text().strip()
            dialog.destroy()
            if response != -5:
                return plugin_base.cancel(procedure)

        _store_alt_text(image, text)
        return plugin_base.success(procedure)

    def run_all(self, procedure, config, run_data):
        settings = get_settings()
        images = {img.get_id(): img for img in Gimp.get_images()}
        exported = {}
        for image_id, img in images.items():
            try:
                exported[image_id] = export_image_png(img, max_side=768)
            except Exception as exc:
                log.warning("skip image %s: %s", image_id, exc)
        Gimp.progress_init("Generating alt text for %d images" % len(exported))
        results = AltTextGenerator().generate_many(exported, workers=settings.extra.get("workers", 4))
        done = 0
        for image_id, text in results.items():
            if text:
                _store_alt_text(images[image_id], text)
                done += 1
        Gimp.progress_end()
        Gimp.message("Alt text written for %d of %d images" % (done, len(images)))
        return procedure.new_return_values(Gimp.PDBStatusType.SUCCESS, GLib.Error())


Gimp.main(AltText.__gtype__, sys.argv)
