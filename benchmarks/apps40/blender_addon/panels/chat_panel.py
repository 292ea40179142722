import bpy


class AISTUDIO_UL_chat(bpy.types.UIList):
    def draw_item(self, context, layout, data, item, icon, active_data, active_propname, index):
        icon = "USER" if item.role == "user" else "LIGHT"
        layout.label(text=item.content[:120], icon=icon)


class AISTUDIO_PT_chat(bpy.types.Panel):
    bl_label = "Local Assistant"
    bl_idname = "AISTUDIO_PT_chat"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "AI Studio"
    bl_options = {"DEFAULT_CLOSED"}

    def draw(self, context):
        state = context.scene.ai_studio
        layout = self.layout
        layout.template_list("AISTUDIO_UL_chat", "", state, "chat_messages", state, "chat_index", rows=6)
        row = layout.row(align=True)
        row.prop(state, "chat_input", text="")
        row.operator("aistudio.chat_send", text="", icon="PLAY")
        row = layout.row(align=True)
        row.operator("aistudio.chat_clear", icon="TRASH")
        row.operator("aistudio.chat_summarize", icon="TEXT")


class AISTUDIO_PT_text_tools(bpy.types.Panel):
    bl_label = "AI"
    bl_space_type = "TEXT_EDITOR"
    bl_region_type = "UI"
    bl_category = "AI Studio"

    def draw(self, context):
        col = self.layout.column(align=True)
        col.operator("aistudio.fix_script", icon="TOOL_SETTINGS")
        col.operator("aistudio.explain_script", icon="QUESTION")


CLASSES = (AISTUDIO_UL_chat, AISTUDIO_PT_chat, AISTUDIO_PT_text_tools)
