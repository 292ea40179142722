import bpy

from ..ai import AISession, tasks
from ..ai import scene_describer
from ..preferences import get_prefs
from ..utils.scene import summarize_scene


class AISTUDIO_OT_describe_scene(bpy.types.Operator):
    """Describe the current scene in plain language"""

    bl_idname = "aistudio.describe_scene"
    bl_label = "Describe Scene"
    bl_options = {"REGISTER"}

    note: bpy.props.StringProperty(name="Note", default="")

    @classmethod
    def poll(cls, context):
        return context.scene is not None and not context.scene.ai_studio.busy

    def invoke(self, context, event):
        return context.window_manager.invoke_props_dialog(self)

    def execute(self, context):
        state = context.scene.ai_studio
        try:
            session = AISession.from_prefs(get_prefs(context))
        except RuntimeError as exc:
            self.report({"ERROR"}, str(exc))
            return {"CANCELLED"}
        summary = summarize_scene(context.scene)
        state.busy = True
        state.status = "Describing scene..."
        scene_name = context.scene.name

        def done(text):
            scene = bpy.data.scenes.get(scene_name)
            if scene is None:
                return
            scene.ai_studio.last_description = text
            scene.ai_studio.busy = False
            scene.ai_studio.status = "Done"
            _redraw()

        def failed(exc):
            scene = bpy.data.scenes.get(scene_name)
            if scene:
                scene.ai_studio.busy = False
                scene.ai_studio.status = f"Error: {exc}"
            _redraw()

        tasks.submit("describe", scene_describer.describe, session, summary, self.note,
                     on_done=done, on_error=failed)
        return {"FINISHED"}


class AISTUDIO_OT_describe_viewport(bpy.types.Operator):
    """Render the viewport and describe the image with a vision model"""

    bl_idname = "aistudio.describe_viewport"
    bl_label = "Describe Viewport Image"

    def execute(self, context):
        from ..utils.images import viewport_png_bytes

        png = viewport_png_bytes(context)
        session = AISession.from_prefs(get_prefs(context))
        text = scene_describer.describe_render(session, png)
        context.scene.ai_studio.last_description = text
        return {"FINISHED"}


class AISTUDIO_OT_copy_description(bpy.types.Operator):
    bl_idname = "aistudio.copy_description"
    bl_label = "Copy Description"

    def execute(self, context):
        context.window_manager.clipboard = context.scene.ai_studio.last_description
        self.report({"INFO"}, "Copied to clipboard")
        return {"FINISHED"}


def _redraw():
    for window in bpy.context.window_manager.windows:
        for area in window.screen.areas:
            if area.type == "VIEW_3D":
                area.tag_redraw()


CLASSES = (AISTUDIO_OT_describe_scene, AISTUDIO_OT_describe_viewport, AISTUDIO_OT_copy_description)
