#!/usr/bin/env python3
"""Caption every image in a folder and write a sidecar captions.csv.

Used by the dataset team to caption training images.  This one was written
after the usage-tracking rule, so it goes through multi_model_service.
"""
import asyncio
import csv
import os
import sys

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
from gi.repository import Gio, GLib, GObject, Gimp, GimpUi  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ai_common import get_genai_client, get_openai_client, get_settings, plugin_base  # noqa: E402
from ai_common.imageio import export_image_png  # noqa: E402
from ai_common.llm_usage_tracker import llm_tracker  # noqa: E402
from ai_common.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402
from ai_common.prompts import ALT_TEXT_PROMPT, LAYER_NAME_PROMPT, caption_prompt  # noqa: E402

PROC_NAME = "python-fu-ai-batch-caption"
IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff", ".xcf")
log = plugin_base.setup_logging("ai-batch-caption")


async def caption_one(png, style):
    return await multi_model_service.generate_response(
        prompt=caption_prompt(style),
        task_type="caption",
        complexity=TaskComplexity.VISION,
        image_png=png,
        max_tokens=120,
    )


async def alt_text_one(png, model):
    from google.genai import types

    client = get_genai_client()
    async with llm_tracker.track_llm_call(
        provider="google", model=model, feature_context="batch_alt_text"
    ) as usage_log:
        response = await client.aio.models.generate_content(
            model=model,
            contents=[types.Part.from_bytes(data=png, mime_type="image/png"),
                      ALT_TEXT_PROMPT.format(max_chars=200)],
        )
        usage_log.input_tokens = response.usage_metadata.prompt_token_count
        usage_log.output_tokens = response.usage_metadata.candidates_token_count
    return (response.text or "").strip()


def short_name(caption):
    # FIXME: not tracked yet, the service has no per-call timeout option
    client = get_openai_client().with_options(timeout=10.0)
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": LAYER_NAME_PROMPT.format(caption=caption)}],
        max_tokens=12,
    )
    return reply.choices[0].message.content.strip()


async def process_folder(folder, style, with_alt, with_names, progress):
    files = sorted(f for f in os.listdir(folder) if f.lower().endswith(IMAGE_EXTS))
    rows = []
    settings = get_settings()
    for i, filename in enumerate(files):
        path = os.path.join(folder, filename)
        image = Gimp.file_load(Gimp.RunMode.NONINTERACTIVE, Gio.File.new_for_path(path))
        try:
            png = export_image_png(image, max_side=768)
        finally:
            image.delete()
        caption = await caption_one(png, style)
        row = {"file": filename, "caption": caption}
        if with_alt:
            row["alt_text"] = await alt_text_one(png, settings.alt_text_model)
        if with_names:
            row["name"] = short_name(caption)
        rows.append(row)
        progress(i + 1, len(files))
    return rows


class BatchCaption(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROC_NAME]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        procedure = Gimp.Procedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run, None)
        procedure.set_menu_label("AI _Batch Caption Folder...")
        procedure.add_menu_path("<Image>/File/AI")
        procedure.set_documentation("Caption all images in a folder", "", name)
        procedure.set_attribution("GIMP AI plug-ins team", "GPLv3", "2025")
        procedure.add_file_argument("folder", "_Folder", None, Gimp.FileChooserAction.SELECT_FOLDER,
                                    False, None, GObject.ParamFlags.READWRITE)
        procedure.add_string_argument("style", "_Style", None, "plain", GObject.ParamFlags.READWRITE)
        procedure.add_boolean_argument("alt-text", "Also _alt text", None, False, GObject.ParamFlags.READWRITE)
        procedure.add_boolean_argument("names", "Also short _names", None, False, GObject.ParamFlags.READWRITE)
        return procedure

    def run(self, procedure, config, run_data):
        if config.get_property("run-mode") == Gimp.RunMode.INTERACTIVE:
            GimpUi.init(PROC_NAME)
            dialog = GimpUi.ProcedureDialog.new(procedure, config, "Batch Caption")
            dialog.fill(None)
            if not dialog.run():
                dialog.destroy()
                return plugin_base.cancel(procedure)
            dialog.destroy()

        folder_file = config.get_property("folder")
        if folder_file is None:
            return plugin_base.failure(procedure, ValueError("no folder"))
        folder = folder_file.get_path()

        Gimp.progress_init("Captioning images")
        try:
            rows = asyncio.run(process_folder(
                folder, config.get_property("style"), config.get_property("alt-text"),
                config.get_property("names"),
                lambda done, total: Gimp.progress_update(done / float(max(total, 1))),
            ))
        except Exception as exc:
            log.exception("batch failed")
            return plugin_base.failure(procedure, exc)
        finally:
            Gimp.progress_end()

        out = os.path.join(folder, "captions.csv")
        with open(out, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=["file", "caption", "alt_text", "name"])
            writer.writeheader()
            writer.writerows(rows)
        Gimp.message("Wrote %d captions to %s" % (len(rows), out))
        return procedure.new_return_values(Gimp.PDBStatusType.SUCCESS, GLib.Error())


Gimp.main(BatchCaption.__gtype__, sys.argv)
