"""Scene serialisation helpers (main thread only)."""

import bpy

MAX_OBJECTS = 200


def _round(vec, nd=2):
    return [round(v, nd) for v in vec]


def summarize_scene(scene):
    objects = []
    for obj in list(scene.objects)[:MAX_OBJECTS]:
        entry = {
            "name": obj.name,
            "type": obj.type,
            "location": _round(obj.location),
            "dimensions": _round(obj.dimensions),
        }
        if obj.type == "LIGHT":
            entry["light"] = {"type": obj.data.type, "energy": round(obj.data.energy, 1), "color": _round(obj.data.color)}
        if obj.type == "MESH" and obj.active_material:
            entry["material"] = obj.active_material.name
        if obj.parent:
            entry["parent"] = obj.parent.name
        objects.append(entry)
    world = scene.world
    return {
        "scene": scene.name,
        "frame_range": [scene.frame_start, scene.frame_end],
        "render_engine": scene.render.engine,
        "camera": scene.camera.name if scene.camera else None,
        "world_color": _round(world.color) if world else None,
        "objects": objects,
        "truncated": len(scene.objects) > MAX_OBJECTS,
    }


def material_info(mat):
    info = {"name": mat.name, "base_color": None, "roughness": None, "metallic": None, "textures": []}
    if not mat.use_nodes or not mat.node_tree:
        info["base_color"] = _round(mat.diffuse_color)
        return info
    for node in mat.node_tree.nodes:
        if node.type == "BSDF_PRINCIPLED":
            info["base_color"] = _round(node.inputs["Base Color"].default_value)
            info["roughness"] = round(node.inputs["Roughness"].default_value, 2)
            info["metallic"] = round(node.inputs["Metallic"].default_value, 2)
        elif node.type == "TEX_IMAGE" and node.image:
            info["textures"].append(bpy.path.basename(node.image.filepath))
    return info
