"""Connection check from the preferences panel. Lists models, never generates."""

import bpy

from .. import _deps
from ..ai import clear_caches, get_anthropic_client, get_genai_client, get_ollama_client, get_openai_client
from ..preferences import get_prefs


class AISTUDIO_OT_check_connections(bpy.types.Operator):
    bl_idname = "aistudio.check_connections"
    bl_label = "Check Connections"

    def execute(self, context):
        clear_caches()
        prefs = get_prefs(context)
        lines = [_deps.describe_missing()]
        checks = (
            ("OpenAI", lambda: len(list(get_openai_client(prefs).models.list()))),
            ("Anthropic", lambda: len(get_anthropic_client(prefs).models.list().data)),
            ("Gemini", lambda: len(list(get_genai_client(prefs).models.list()))),
            ("Ollama", lambda: len(get_ollama_client(prefs).list()["models"])),
        )
        for label, probe in checks:
            try:
                lines.append(f"{label}: OK ({probe()} models)")
            except Exception as exc:  # noqa: BLE001
                lines.append(f"{label}: {type(exc).__name__}")
        for line in lines:
            self.report({"INFO"}, line)
        return {"FINISHED"}


CLASSES = (AISTUDIO_OT_check_connections,)
