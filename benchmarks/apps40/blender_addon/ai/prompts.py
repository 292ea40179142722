"""Prompt builders. Pure functions, no bpy and no network - easy to test."""

import json
import textwrap

SCENE_SYSTEM = (
    "You are a lighting and layout TD. Describe 3D scenes concisely for a shot "
    "breakdown: what objects are present, how they are arranged, lighting mood."
)

SCRIPT_SYSTEM = textwrap.dedent(
    """\
    You write Python scripts for Blender {version} using the bpy API.
    Rules:
    - Output ONLY a single ```python fenced block.
    - Never import os, subprocess, shutil, socket or requests.
    - Do not call bpy.ops.wm.quit_blender or save files.
    - Prefer bpy.data over bpy.ops where possible.
    """
)

MATERIAL_SYSTEM = (
    "You name materials for a game asset library. Names are PascalCase, at most "
    "4 words, no spaces, prefixed with M_. Reply with JSON only."
)


def scene_description_messages(scene_summary, extra=""):
    body = "Scene data (JSON):\n" + json.dumps(scene_summary, indent=1, sort_keys=True)
    if extra:
        body += "\n\nArtist note: " + extra.strip()
    return [
        {"role": "system", "content": SCENE_SYSTEM},
        {"role": "user", "content": body},
    ]


def script_system_prompt(blender_version):
    return SCRIPT_SYSTEM.format(version=blender_version)


def script_user_prompt(request, selection_names, active_name=None):
    lines = [f"Task: {request.strip()}"]
    if selection_names:
        lines.append("Selected objects: " + ", ".join(selection_names[:50]))
    if active_name:
        lines.append(f"Active object: {active_name}")
    return "\n".join(lines)


def material_naming_prompt(materials):
    """materials: list of dicts with name, base_color, roughness, metallic, textures."""
    payload = [
        {k: m.get(k) for k in ("name", "base_color", "roughness", "metallic", "textures")}
        for m in materials
    ]
    return (
        "Suggest a better name for each material. Return a JSON object mapping the "
        "old name to the new name.\n\n" + json.dumps(payload, indent=1)
    )


def texture_prompt(user_prompt, seamless=True, pbr_map="basecolor"):
    parts = [user_prompt.strip()]
    if seamless:
        parts.append("seamless tileable texture")
    parts.append("top-down orthographic, flat even lighting, no shadows")
    if pbr_map != "basecolor":
        parts.append(f"{pbr_map} map, grayscale")
    return ", ".join(p for p in parts if p)


def negative_texture_prompt():
    return "perspective, vignette, text, watermark, frame, border, people"


def extract_code_block(text):
    if "```" not in text:
        return text.strip()
    start = text.find("```")
    nl = text.find("\n", start)
    end = text.find("```", nl + 1)
    if end == -1:
        end = len(text)
    return text[nl + 1:end].strip()


def parse_json_reply(text):
    text = text.strip()
    if text.startswith("```"):
        text = extract_code_block(text)
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        first, last = text.find("{"), text.rfind("}")
        if first != -1 and last > first:
            return json.loads(text[first:last + 1])
        raise
