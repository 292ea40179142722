"""Describe every .blend in a folder (headless).

    blender -b --factory-startup --python scripts/batch_describe.py -- /shows/abc/layout out.csv

Runs outside the add-on, so it builds its own client and does not read prefs.
"""

import csv
import glob
import os
import sys

import bpy
from openai import OpenAI

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from utils.scene import summarize_scene  # noqa: E402
from ai import prompts  # noqa: E402

MODEL = os.environ.get("AISTUDIO_MODEL", "gpt-4o-mini")


def main(folder, out_csv):
    client = OpenAI()
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.blend"), recursive=True)):
        bpy.ops.wm.open_mainfile(filepath=path)
        summary = summarize_scene(bpy.context.scene)
        completion = client.chat.completions.create(
            model=MODEL,
            messages=prompts.scene_description_messages(summary),
        )
        rows.append({"file": path, "description": completion.choices[0].message.content})
        print(f"described {path}")
    with open(out_csv, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "description"])
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    argv = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    main(*argv[:2])
