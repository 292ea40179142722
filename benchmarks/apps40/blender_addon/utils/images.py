"""Image helpers: load generated textures, grab viewport pixels."""

import os
import tempfile

import bpy


def project_texture_dir():
    if bpy.data.filepath:
        path = os.path.join(os.path.dirname(bpy.data.filepath), "textures", "ai")
    else:
        path = os.path.join(tempfile.gettempdir(), "ai_studio_textures")
    os.makedirs(path, exist_ok=True)
    return path


def assign_image_to_material(obj, image_path):
    img = bpy.data.images.load(image_path, check_existing=True)
    mat = obj.active_material
    if mat is None:
        mat = bpy.data.materials.new(name="M_AITexture")
        obj.data.materials.append(mat)
    mat.use_nodes = True
    nodes = mat.node_tree.nodes
    links = mat.node_tree.links
    bsdf = next((n for n in nodes if n.type == "BSDF_PRINCIPLED"), None)
    if bsdf is None:
        bsdf = nodes.new("ShaderNodeBsdfPrincipled")
    tex = nodes.new("ShaderNodeTexImage")
    tex.image = img
    tex.location = (bsdf.location.x - 350, bsdf.location.y)
    links.new(tex.outputs["Color"], bsdf.inputs["Base Color"])
    return mat


def viewport_png_bytes(context):
    path = os.path.join(tempfile.gettempdir(), "ai_studio_viewport.png")
    scene = context.scene
    old_path = scene.render.filepath
    old_format = scene.render.image_settings.file_format
    try:
        scene.render.filepath = path
        scene.render.image_settings.file_format = "PNG"
        with context.temp_override(area=_find_view3d(context)):
            bpy.ops.render.opengl(write_still=True)
    finally:
        scene.render.filepath = old_path
        scene.render.image_settings.file_format = old_format
    with open(path, "rb") as fh:
        return fh.read()


def _find_view3d(context):
    for area in context.screen.areas:
        if area.type == "VIEW_3D":
            return area
    return context.area
