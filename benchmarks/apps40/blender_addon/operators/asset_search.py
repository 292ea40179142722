"""Semantic search over the asset library's object names and custom props."""

import os

import bpy

from ..ai import AISession, tasks
from ..ai.embeddings import AssetIndex, embedder_for
from ..preferences import get_prefs

_INDEX = None


def _index_path():
    return os.path.join(bpy.utils.extension_path_user(__package__.rsplit(".", 1)[0], create=True), "assets.json")


def _asset_texts():
    texts = {}
    for obj in bpy.data.objects:
        if obj.asset_data is None:
            continue
        tags = " ".join(t.name for t in obj.asset_data.tags)
        texts[obj.name] = f"{obj.name} {obj.asset_data.description} {tags}".strip()
    return texts


class AISTUDIO_OT_build_asset_index(bpy.types.Operator):
    bl_idname = "aistudio.build_asset_index"
    bl_label = "Build Asset Index"

    def execute(self, context):
        global _INDEX
        session = AISession.from_prefs(get_prefs(context))
        _INDEX = AssetIndex(embedder_for(session), cache_path=_index_path())
        texts = _asset_texts()
        tasks.submit(
            "asset_index",
            _INDEX.add_many,
            texts,
            on_done=lambda n: self.report({"INFO"}, f"Indexed {n} new assets"),
        )
        return {"FINISHED"}


class AISTUDIO_OT_search_assets(bpy.types.Operator):
    bl_idname = "aistudio.search_assets"
    bl_label = "Search Assets"

    def execute(self, context):
        if _INDEX is None:
            self.report({"WARNING"}, "Build the asset index first")
            return {"CANCELLED"}
        hits = _INDEX.search(context.scene.ai_studio.search_query, top_k=8)
        for obj in context.selected_objects:
            obj.select_set(False)
        for score, name in hits:
            obj = bpy.data.objects.get(name)
            if obj and score > 0.3 and obj.name in context.view_layer.objects:
                obj.select_set(True)
        self.report({"INFO"}, ", ".join(n for _, n in hits[:5]))
        return {"FINISHED"}


CLASSES = (AISTUDIO_OT_build_asset_index, AISTUDIO_OT_search_assets)
