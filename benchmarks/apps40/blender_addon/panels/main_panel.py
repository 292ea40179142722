import bpy

from ..ai import tasks


class AISTUDIO_PT_main(bpy.types.Panel):
    bl_label = "AI Studio"
    bl_idname = "AISTUDIO_PT_main"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "AI Studio"

    def draw(self, context):
        layout = self.layout
        state = context.scene.ai_studio
        if state.busy or tasks.active_jobs():
            layout.label(text=state.status or "Working...", icon="SORTTIME")
        elif state.status:
            layout.label(text=state.status, icon="INFO")


class AISTUDIO_PT_describe(bpy.types.Panel):
    bl_label = "Scene Description"
    bl_parent_id = "AISTUDIO_PT_main"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "AI Studio"

    def draw(self, context):
        layout = self.layout
        state = context.scene.ai_studio
        row = layout.row(align=True)
        row.operator("aistudio.describe_scene", icon="OUTLINER_OB_CAMERA")
        row.operator("aistudio.describe_viewport", text="", icon="RESTRICT_RENDER_OFF")
        if state.last_description:
            box = layout.box()
            for line in _wrap(state.last_description, 48)[:12]:
                box.label(text=line)
            layout.operator("aistudio.copy_description", icon="COPYDOWN")


class AISTUDIO_PT_script(bpy.types.Panel):
    bl_label = "Script Generator"
    bl_parent_id = "AISTUDIO_PT_main"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "AI Studio"
    bl_options = {"DEFAULT_CLOSED"}

    def draw(self, context):
        state = context.scene.ai_studio
        col = self.layout.column()
        col.prop(state, "script_request", text="")
        col.prop(state, "script_text_name")
        row = col.row(align=True)
        row.operator("aistudio.generate_script", icon="SCRIPT")
        row.operator("aistudio.count_script_tokens", text="", icon="LINENUMBERS_ON")


class AISTUDIO_PT_materials(bpy.types.Panel):
    bl_label = "Materials & Textures"
    bl_parent_id = "AISTUDIO_PT_main"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "AI Studio"

    def draw(self, context):
        state = context.scene.ai_studio
        layout = self.layout
        row = layout.row(align=True)
        row.operator("aistudio.name_materials", icon="MATERIAL")
        row.prop(state, "rename_selected_only", toggle=True)
        layout.operator("aistudio.name_active_material")
        layout.separator()
        layout.prop(state, "texture_prompt", text="")
        layout.prop(state, "texture_size", expand=True)
        layout.operator_menu_enum("aistudio.generate_texture", "backend", icon="TEXTURE")
        layout.operator("aistudio.texture_with_progress")


class AISTUDIO_PT_assets(bpy.types.Panel):
    bl_label = "Asset Search"
    bl_parent_id = "AISTUDIO_PT_main"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "AI Studio"
    bl_options = {"DEFAULT_CLOSED"}

    def draw(self, context):
        layout = self.layout
        layout.operator("aistudio.build_asset_index", icon="FILE_REFRESH")
        row = layout.row(align=True)
        row.prop(context.scene.ai_studio, "search_query", text="")
        row.operator("aistudio.search_assets", text="", icon="VIEWZOOM")


def _wrap(text, width):
    import textwrap

    out = []
    for para in text.splitlines():
        out.extend(textwrap.wrap(para, width) or [""])
    return out


CLASSES = (AISTUDIO_PT_main, AISTUDIO_PT_describe, AISTUDIO_PT_script, AISTUDIO_PT_materials, AISTUDIO_PT_assets)
