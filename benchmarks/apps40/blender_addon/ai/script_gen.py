"""Generate bpy scripts from a natural-language request."""

import logging

from . import prompts
from .clients import get_anthropic_client

log = logging.getLogger(__name__)


class ScriptResult:
    def __init__(self, code, raw, provider, usage=None):
        self.code = code
        self.raw = raw
        self.provider = provider
        self.usage = usage or {}

    def __repr__(self):
        return f"<ScriptResult {self.provider} {len(self.code)} chars>"


def generate(session, provider, request, selection, active, blender_version):
    system = prompts.script_system_prompt(blender_version)
    user = prompts.script_user_prompt(request, selection, active)
    if provider == "anthropic":
        msg = session.anthropic.messages.create(
            model=session.anthropic_model,
            max_tokens=4000,
            system=system,
            messages=[{"role": "user", "content": user}],
        )
        raw = "".join(block.text for block in msg.content if block.type == "text")
        usage = {"in": msg.usage.input_tokens, "out": msg.usage.output_tokens}
    elif provider == "openai":
        resp = session.openai.responses.create(
            model=session.openai_model,
            instructions=system,
            input=user,
            max_output_tokens=4000,
        )
        raw = resp.output_text
        usage = {"in": resp.usage.input_tokens, "out": resp.usage.output_tokens}
    else:
        out = session.ollama.generate(model=session.ollama_model, system=system, prompt=user)
        raw = out["response"]
        usage = {"in": out.get("prompt_eval_count", 0), "out": out.get("eval_count", 0)}
    return ScriptResult(prompts.extract_code_block(raw), raw, provider, usage)


def stream_script(session, request, selection, active, blender_version, on_chunk, cancelled):
    """Streams Claude's answer chunk by chunk (used by the modal operator)."""
    system = prompts.script_system_prompt(blender_version)
    user = prompts.script_user_prompt(request, selection, active)
    chunks = []
    with session.anthropic.messages.stream(
        model=session.anthropic_model,
        max_tokens=4000,
        system=system,
        messages=[{"role": "user", "content": user}],
    ) as stream:
        for text in stream.text_stream:
            if cancelled.is_set():
                break
            chunks.append(text)
            on_chunk(text)
    raw = "".join(chunks)
    return ScriptResult(prompts.extract_code_block(raw), raw, "anthropic")


def estimate_prompt_tokens(prefs, request, blender_version):
    """Shown in the panel before sending. Free endpoint."""
    client = get_anthropic_client(prefs)
    count = client.messages.count_tokens(
        model=prefs.anthropic_model,
        system=prompts.script_system_prompt(blender_version),
        messages=[{"role": "user", "content": request}],
    )
    return count.input_tokens


def fix_script(prefs, code, error_text):
    """Ask Claude to repair a script that raised. Called from the Text editor operator."""
    client = get_anthropic_client(prefs)
    msg = client.messages.create(
        model=prefs.anthropic_model,
        max_tokens=4000,
        system=prompts.script_system_prompt("4.2"),
        messages=[
            {"role": "user", "content": f"This script fails:\n```python\n{code}\n```\n\nError:\n{error_text}"},
        ],
    )
    return prompts.extract_code_block(msg.content[0].text)
