"""Chat with a local model (Ollama) inside Blender."""

import bpy

from ..ai import get_ollama_client, tasks
from ..ai.local_llm import LocalChat
from ..ai.registry import moderate
from ..preferences import get_prefs

# One chat per Blender session; WindowManager props can't hold Python objects.
_CHATS = {}

SYSTEM = "You are a helpful Blender assistant. Be brief. Mention menu paths and shortcuts."


def _chat_for(context):
    prefs = get_prefs(context)
    key = (prefs.ollama_host, prefs.ollama_model)
    if key not in _CHATS:
        _CHATS[key] = LocalChat(get_ollama_client(prefs), prefs.ollama_model, system=SYSTEM)
    return _CHATS[key]


class AISTUDIO_OT_chat_send(bpy.types.Operator):
    bl_idname = "aistudio.chat_send"
    bl_label = "Send"

    def execute(self, context):
        state = context.scene.ai_studio
        text = state.chat_input.strip()
        if not text:
            return {"CANCELLED"}
        prefs = get_prefs(context)
        if prefs.ollama_host.startswith("https://ollama.com") and moderate(prefs, text):
            self.report({"WARNING"}, "Message blocked by content policy")
            return {"CANCELLED"}
        msg = state.chat_messages.add()
        msg.role, msg.content = "user", text
        state.chat_input = ""
        chat = _chat_for(context)
        scene_name = context.scene.name

        def done(answer):
            scene = bpy.data.scenes[scene_name]
            reply = scene.ai_studio.chat_messages.add()
            reply.role, reply.content = "assistant", answer

        tasks.submit("chat", chat.send, text, on_done=done)
        return {"FINISHED"}


class AISTUDIO_OT_chat_clear(bpy.types.Operator):
    bl_idname = "aistudio.chat_clear"
    bl_label = "Clear Chat"

    def execute(self, context):
        context.scene.ai_studio.chat_messages.clear()
        for chat in _CHATS.values():
            chat.reset()
        return {"FINISHED"}


class AISTUDIO_OT_chat_summarize(bpy.types.Operator):
    """Summarize the chat into the scene description with the local model"""

    bl_idname = "aistudio.chat_summarize"
    bl_label = "Summarize Chat"

    def execute(self, context):
        prefs = get_prefs(context)
        state = context.scene.ai_studio
        transcript = "\n".join(f"{m.role}: {m.content}" for m in state.chat_messages)
        client = get_ollama_client(prefs)
        out = client.generate(model=prefs.ollama_model, prompt="Summarize this conversation:\n" + transcript)
        state.last_description = out["response"]
        return {"FINISHED"}


CLASSES = (AISTUDIO_OT_chat_send, AISTUDIO_OT_chat_clear, AISTUDIO_OT_chat_summarize)
