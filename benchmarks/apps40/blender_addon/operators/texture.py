"""Texture generation operators."""

import os

import bpy

from ..ai import AISession, tasks, texture_gen
from ..preferences import get_prefs
from ..utils.images import assign_image_to_material, project_texture_dir


class AISTUDIO_OT_generate_texture(bpy.types.Operator):
    """Generate a seamless texture and plug it into the active material"""

    bl_idname = "aistudio.generate_texture"
    bl_label = "Generate Texture"
    bl_options = {"REGISTER", "UNDO"}

    backend: bpy.props.EnumProperty(
        items=[
            ("replicate", "Replicate", "SDXL on Replicate"),
            ("imagen", "Imagen", "Google Imagen"),
            ("openai", "OpenAI", "gpt-image-1"),
        ],
        default="replicate",
    )

    @classmethod
    def poll(cls, context):
        return context.object is not None and context.object.type == "MESH"

    def execute(self, context):
        state = context.scene.ai_studio
        session = AISession.from_prefs(get_prefs(context))
        dest = project_texture_dir()
        obj_name = context.object.name
        fn = texture_gen.BACKENDS[self.backend]
        state.busy = True
        state.status = f"Generating texture ({self.backend})..."

        def done(path):
            obj = bpy.data.objects.get(obj_name)
            if obj is not None and path:
                assign_image_to_material(obj, path)
            context.scene.ai_studio.busy = False
            context.scene.ai_studio.status = os.path.basename(path) if path else "Cancelled"

        tasks.submit("texture", fn, session, state.texture_prompt, state.texture_size, dest, on_done=done)
        return {"FINISHED"}


class AISTUDIO_OT_texture_with_progress(bpy.types.Operator):
    """Replicate texture with live status in the header"""

    bl_idname = "aistudio.texture_with_progress"
    bl_label = "Generate Texture (progress)"

    def execute(self, context):
        state = context.scene.ai_studio
        session = AISession.from_prefs(get_prefs(context))
        scene_name = context.scene.name

        def progress(status):
            tasks.run_on_main_thread(_set_status, scene_name, f"Replicate: {status}")

        job = tasks.submit(
            "texture_progress",
            texture_gen.generate_replicate_with_progress,
            session,
            state.texture_prompt,
            state.texture_size,
            project_texture_dir(),
            progress,
            None,
            on_done=lambda p: _set_status(scene_name, p or "Cancelled"),
        )
        # the worker gets the job's own cancel flag
        job.args = job.args[:-1] + (job.cancelled,)
        return {"FINISHED"}


class AISTUDIO_OT_quick_texture(bpy.types.Operator):
    """Legacy one-click texture (blocking). Kept for the old keymap."""

    bl_idname = "aistudio.quick_texture"
    bl_label = "Quick Texture (blocking)"

    def execute(self, context):
        import replicate

        prefs = get_prefs(context)
        os.environ.setdefault("REPLICATE_API_TOKEN", prefs.replicate_api_token)
        output = replicate.run(
            "black-forest-labs/flux-schnell",
            input={"prompt": context.scene.ai_studio.texture_prompt, "aspect_ratio": "1:1"},
        )
        path = os.path.join(project_texture_dir(), "quick_texture.webp")
        with open(path, "wb") as fh:
            fh.write(output[0].read())
        assign_image_to_material(context.object, path)
        return {"FINISHED"}


def _set_status(scene_name, text):
    scene = bpy.data.scenes.get(scene_name)
    if scene:
        scene.ai_studio.status = text


CLASSES = (AISTUDIO_OT_generate_texture, AISTUDIO_OT_texture_with_progress, AISTUDIO_OT_quick_texture)
