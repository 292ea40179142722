import bpy

from ..ai import get_genai_client, tasks
from ..ai import material_namer
from ..preferences import get_prefs
from ..utils.scene import material_info


class AISTUDIO_OT_name_materials(bpy.types.Operator):
    """Suggest and apply better material names"""

    bl_idname = "aistudio.name_materials"
    bl_label = "AI Rename Materials"
    bl_options = {"REGISTER", "UNDO"}

    dry_run: bpy.props.BoolProperty(name="Dry run", default=False)

    def execute(self, context):
        prefs = get_prefs(context)
        state = context.scene.ai_studio
        if state.rename_selected_only:
            mats = {s.material for o in context.selected_objects for s in o.material_slots if s.material}
        else:
            mats = set(bpy.data.materials)
        infos = [material_info(m) for m in mats if not m.library]
        if not infos:
            self.report({"INFO"}, "No local materials to rename")
            return {"CANCELLED"}
        client = get_genai_client(prefs)
        dry_run = self.dry_run

        def apply(mapping):
            renamed = 0
            for old, new in mapping.items():
                mat = bpy.data.materials.get(old)
                if mat is None:
                    continue
                new = material_namer.sanitize(new)
                if dry_run:
                    print(f"[AI Studio] {old} -> {new}")
                else:
                    mat.name = new
                    renamed += 1
            context.scene.ai_studio.status = f"Renamed {renamed} materials"

        tasks.submit("name_materials", material_namer.suggest_names, client, prefs.gemini_model, infos, on_done=apply)
        return {"FINISHED"}


class AISTUDIO_OT_name_active_material(bpy.types.Operator):
    """Name only the active material, synchronously"""

    bl_idname = "aistudio.name_active_material"
    bl_label = "AI Name Active Material"
    bl_options = {"REGISTER", "UNDO"}

    @classmethod
    def poll(cls, context):
        return context.object and context.object.active_material

    def execute(self, context):
        prefs = get_prefs(context)
        mat = context.object.active_material
        client = get_genai_client(prefs)
        response = client.models.generate_content(
            model=prefs.gemini_model,
            contents=(
                "Give one short PascalCase material name prefixed M_ for a material with "
                f"these properties: {material_info(mat)}. Answer with the name only."
            ),
        )
        mat.name = material_namer.sanitize(response.text.strip())
        return {"FINISHED"}


CLASSES = (AISTUDIO_OT_name_materials, AISTUDIO_OT_name_active_material)
