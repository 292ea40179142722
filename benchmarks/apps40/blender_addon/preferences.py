"""Add-on preferences: API keys and model defaults."""

import bpy
from bpy.props import BoolProperty, EnumProperty, StringProperty

ADDON_ID = __package__


class AIStudioPreferences(bpy.types.AddonPreferences):
    bl_idname = __package__

    openai_api_key: StringProperty(name="OpenAI API Key", subtype="PASSWORD", default="")
    openai_model: StringProperty(name="OpenAI Model", default="gpt-4o-mini")
    anthropic_api_key: StringProperty(name="Anthropic API Key", subtype="PASSWORD", default="")
    anthropic_model: StringProperty(name="Claude Model", default="claude-3-5-sonnet-latest")
    google_api_key: StringProperty(name="Gemini API Key", subtype="PASSWORD", default="")
    gemini_model: StringProperty(name="Gemini Model", default="gemini-2.0-flash")
    replicate_api_token: StringProperty(name="Replicate Token", subtype="PASSWORD", default="")
    texture_model: StringProperty(
        name="Texture Model",
        default="stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc",
    )
    ollama_host: StringProperty(name="Ollama Host", default="http://127.0.0.1:11434")
    ollama_model: StringProperty(name="Ollama Model", default="llama3.1:8b")
    script_provider: EnumProperty(
        name="Script Provider",
        items=[
            ("anthropic", "Claude", "Use Anthropic for script generation"),
            ("openai", "OpenAI", "Use OpenAI for script generation"),
            ("ollama", "Local (Ollama)", "Use a local model"),
        ],
        default="anthropic",
    )
    use_tracking_service: BoolProperty(
        name="Route through studio usage service",
        description="Send requests via the studio's tracked gateway (recommended inside the studio)",
        default=False,
    )
    debug_log: BoolProperty(name="Debug logging", default=False)

    def draw(self, context):
        layout = self.layout
        col = layout.column(heading="Cloud providers")
        col.prop(self, "openai_api_key")
        col.prop(self, "openai_model")
        col.prop(self, "anthropic_api_key")
        col.prop(self, "anthropic_model")
        col.prop(self, "google_api_key")
        col.prop(self, "gemini_model")
        col.prop(self, "replicate_api_token")
        col.prop(self, "texture_model")
        box = layout.box()
        box.label(text="Local models")
        box.prop(self, "ollama_host")
        box.prop(self, "ollama_model")
        layout.prop(self, "script_provider")
        layout.prop(self, "use_tracking_service")
        layout.prop(self, "debug_log")
        layout.operator("aistudio.check_connections", icon="URL")


def get_prefs(context=None):
    context = context or bpy.context
    return context.preferences.addons[ADDON_ID].preferences


CLASSES = (AIStudioPreferences,)
