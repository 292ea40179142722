"""Scene-level property groups used by the panels and operators."""

import bpy
from bpy.props import (
    BoolProperty,
    CollectionProperty,
    EnumProperty,
    IntProperty,
    PointerProperty,
    StringProperty,
)


class AIStudioChatMessage(bpy.types.PropertyGroup):
    role: EnumProperty(
        items=[("user", "User", ""), ("assistant", "Assistant", ""), ("system", "System", "")],
        default="user",
    )
    content: StringProperty(default="")


class AIStudioSceneState(bpy.types.PropertyGroup):
    prompt: StringProperty(name="Prompt", default="")
    last_description: StringProperty(name="Description", default="")
    script_request: StringProperty(name="Script request", default="")
    script_text_name: StringProperty(name="Output text block", default="ai_script.py")
    texture_prompt: StringProperty(name="Texture prompt", default="weathered oak planks, seamless")
    texture_size: EnumProperty(
        name="Size",
        items=[("512", "512", ""), ("1024", "1024", ""), ("2048", "2048", "")],
        default="1024",
    )
    busy: BoolProperty(default=False)
    status: StringProperty(default="")
    chat_input: StringProperty(name="Message", default="")
    chat_messages: CollectionProperty(type=AIStudioChatMessage)
    chat_index: IntProperty(default=0)
    search_query: StringProperty(name="Search assets", default="")
    rename_selected_only: BoolProperty(name="Selected only", default=True)


def attach():
    bpy.types.Scene.ai_studio = PointerProperty(type=AIStudioSceneState)


def detach():
    del bpy.types.Scene.ai_studio


CLASSES = (AIStudioChatMessage, AIStudioSceneState)
