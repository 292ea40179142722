"""Nightly material-name audit for the asset library (runs on the render farm).

    blender -b library.blend --python scripts/material_audit.py

Goes through the tracked gateway so the farm's spend shows up in the usage log.
"""

import asyncio
import os
import sys

import bpy

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ai import prompts  # noqa: E402
from ai.services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402
from utils.naming import ReportBuilder  # noqa: E402
from utils.scene import material_info  # noqa: E402


class _FarmPrefs:
    openai_model = os.environ.get("AISTUDIO_MODEL", "gpt-4o-mini")
    anthropic_model = "claude-3-5-haiku-latest"
    openai_api_key = os.environ.get("OPENAI_API_KEY", "")
    anthropic_api_key = os.environ.get("ANTHROPIC_API_KEY", "")


async def audit():
    multi_model_service.bind(_FarmPrefs())
    infos = [material_info(m) for m in bpy.data.materials if not m.library]
    reply = await multi_model_service.generate_response(
        prompt=prompts.material_naming_prompt(infos),
        task_type="material_audit",
        complexity=TaskComplexity.SIMPLE,
        system=prompts.MATERIAL_SYSTEM,
    )
    mapping = prompts.parse_json_reply(reply)
    report = ReportBuilder()
    for old, new in sorted(mapping.items()):
        report.add(old, new)
    report.create(bpy.data)
    bpy.ops.wm.save_mainfile()


if __name__ == "__main__":
    asyncio.run(audit())
