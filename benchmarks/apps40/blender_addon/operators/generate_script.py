"""Script generation operators (modal, streams into a Text datablock)."""

import queue
import threading

import bpy

from ..ai import AISession, get_openai_client
from ..ai import script_gen
from ..ai.services.llm_usage_tracker import llm_tracker
from ..preferences import get_prefs


class AISTUDIO_OT_generate_script(bpy.types.Operator):
    """Generate a bpy script and stream it into the Text Editor"""

    bl_idname = "aistudio.generate_script"
    bl_label = "Generate Script"

    _timer = None
    _thread = None
    _chunks = None
    _cancel = None
    _result = None

    def invoke(self, context, event):
        state = context.scene.ai_studio
        if not state.script_request.strip():
            self.report({"WARNING"}, "Describe what the script should do first")
            return {"CANCELLED"}
        prefs = get_prefs(context)
        session = AISession.from_prefs(prefs)
        selection = [o.name for o in context.selected_objects]
        active = context.active_object.name if context.active_object else None
        version = ".".join(str(v) for v in bpy.app.version[:2])

        self._chunks = queue.Queue()
        self._cancel = threading.Event()
        self._result = {}
        text = bpy.data.texts.get(state.script_text_name) or bpy.data.texts.new(state.script_text_name)
        text.clear()
        self._text_name = text.name

        if prefs.script_provider == "anthropic":
            target = lambda: self._result.setdefault(  # noqa: E731
                "value",
                script_gen.stream_script(
                    session, state.script_request, selection, active, version, self._chunks.put, self._cancel
                ),
            )
        else:
            provider = prefs.script_provider
            request = state.script_request

            def target():
                res = script_gen.generate(session, provider, request, selection, active, version)
                self._chunks.put(res.raw)
                self._result["value"] = res

        self._thread = threading.Thread(target=target, daemon=True)
        self._thread.start()
        state.busy = True
        self._timer = context.window_manager.event_timer_add(0.1, window=context.window)
        context.window_manager.modal_handler_add(self)
        return {"RUNNING_MODAL"}

    def modal(self, context, event):
        if event.type == "ESC":
            self._cancel.set()
            return self._finish(context, cancelled=True)
        if event.type != "TIMER":
            return {"PASS_THROUGH"}
        text = bpy.data.texts.get(self._text_name)
        while True:
            try:
                chunk = self._chunks.get_nowait()
            except queue.Empty:
                break
            if text:
                text.write(chunk)
        if not self._thread.is_alive():
            return self._finish(context)
        return {"RUNNING_MODAL"}

    def _finish(self, context, cancelled=False):
        context.window_manager.event_timer_remove(self._timer)
        context.scene.ai_studio.busy = False
        result = self._result.get("value")
        text = bpy.data.texts.get(self._text_name)
        if result and text:
            text.clear()
            text.write(result.code)
        context.scene.ai_studio.status = "Cancelled" if cancelled else "Script ready"
        return {"CANCELLED"} if cancelled else {"FINISHED"}


class AISTUDIO_OT_fix_script(bpy.types.Operator):
    """Run the active text; if it fails, ask Claude to fix it"""

    bl_idname = "aistudio.fix_script"
    bl_label = "Run / Fix Script"

    @classmethod
    def poll(cls, context):
        return context.space_data and context.space_data.type == "TEXT_EDITOR" and context.space_data.text

    def execute(self, context):
        text = context.space_data.text
        code = text.as_string()
        try:
            exec(compile(code, text.name, "exec"), {"__name__": "__main__", "bpy": bpy})
            self.report({"INFO"}, "Script ran without errors")
            return {"FINISHED"}
        except Exception as exc:  # noqa: BLE001
            fixed = script_gen.fix_script(get_prefs(context), code, repr(exc))
        text.clear()
        text.write(fixed)
        self.report({"WARNING"}, "Script failed; replaced with a suggested fix")
        return {"FINISHED"}


class AISTUDIO_OT_explain_script(bpy.types.Operator):
    """Explain the active script in a popup (tracked)"""

    bl_idname = "aistudio.explain_script"
    bl_label = "Explain Script"

    def execute(self, context):
        import asyncio

        prefs = get_prefs(context)
        code = context.space_data.text.as_string()
        client = get_openai_client(prefs)

        async def _explain():
            async with llm_tracker.track_llm_call(
                provider="openai", model=prefs.openai_model, feature_context="explain_script"
            ) as usage_log:
                resp = client.chat.completions.create(
                    model=prefs.openai_model,
                    messages=[{"role": "user", "content": "Explain briefly what this Blender script does:\n" + code}],
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content

        explanation = asyncio.run(_explain())
        context.window_manager.popup_menu(
            lambda menu, ctx: [menu.layout.label(text=line) for line in explanation.splitlines()[:20]],
            title="Script explanation",
        )
        return {"FINISHED"}


class AISTUDIO_OT_count_script_tokens(bpy.types.Operator):
    bl_idname = "aistudio.count_script_tokens"
    bl_label = "Estimate Tokens"

    def execute(self, context):
        n = script_gen.estimate_prompt_tokens(
            get_prefs(context), context.scene.ai_studio.script_request, bpy.app.version_string
        )
        self.report({"INFO"}, f"~{n} input tokens")
        return {"FINISHED"}


CLASSES = (
    AISTUDIO_OT_generate_script,
    AISTUDIO_OT_fix_script,
    AISTUDIO_OT_explain_script,
    AISTUDIO_OT_count_script_tokens,
)
