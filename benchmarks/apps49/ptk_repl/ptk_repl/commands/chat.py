from __future__ import annotations

from ptk_repl.services.compaction import compact, needs_compaction
from ptk_repl.services.multi_model_service import TaskComplexity, multi_model_service
from ptk_repl.ui import printing

from .base import command


@command("ask", raw=True)
async def ask(state, text: str):
    """One-off question that is not added to the conversation."""
    if not text.strip():
        printing.error("usage: /ask QUESTION")
        return
    answer = await multi_model_service.generate_response(
        prompt=text,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    printing.answer(answer)


@command("think", raw=True)
async def think(state, text: str):
    """Ask a reasoning model (OpenAI o-series) for a careful answer."""
    provider = state.registry.get("openai")
    reply = await provider.reason(text, effort="high")
    printing.answer(reply.text)
    printing.dim(f"[{reply.model}: {reply.input_tokens} in / {reply.output_tokens} out]")


@command("retry")
async def retry(state):
    """Regenerate the last answer."""
    conv = state.conversation
    if conv.messages and conv.messages[-1].role == "assistant":
        conv.messages.pop()
    provider = state.registry.active()
    text = await printing.stream_to_terminal(
        provider.stream(conv.messages, system=state.config.system_prompt)
    )
    msg = conv.add("assistant", text)
    state.store.append(conv, msg)
    state.last_answer = text


@command("compare", raw=True)
async def compare(state, text: str):
    """Ask the same question to every configured provider."""
    from ptk_repl.providers.base import Message

    for name in ("openai", "anthropic", "gemini", "deepseek"):
        try:
            provider = state.registry.get(name)
        except Exception as exc:
            printing.error(f"{name}: {exc}")
            continue
        printing.info(f"── {provider.describe()} ──")
        reply = await provider.complete([Message("user", text)], system=state.config.system_prompt)
        printing.answer(reply.text)


@command("plan", raw=True)
async def plan(state, text: str):
    """Break a task down into steps (routed to the agentic tier)."""
    answer = await multi_model_service.generate_response(
        prompt=f"Break this task into concrete, numbered steps:\n{text}",
        task_type="planning",
        complexity=TaskComplexity.AGENTIC,
        max_tokens=1500,
    )
    printing.answer(answer)


@command("summarize", aliases=("sum",))
def summarize(state, style: str = "bullets"):
    """Summarise the current conversation (bullets|prose|actions)."""
    conv = state.conversation
    if not conv.messages:
        printing.error("nothing to summarise yet")
        return
    transcript = "\n".join(f"{m.role.upper()}: {m.content}" for m in conv.messages)
    instructions = {
        "bullets": "Summarise the conversation as bullet points.",
        "prose": "Summarise the conversation in one short paragraph.",
        "actions": "List only the action items and open questions.",
    }.get(style, "Summarise the conversation.")
    client = state.clients.openai
    resp = client.responses.create(
        model="gpt-4.1-mini",
        instructions=instructions,
        input=transcript,
    )
    printing.answer(resp.output_text)


@command("compact")
def compact_cmd(state):
    """Replace old turns with a summary to save context."""
    conv = state.conversation
    if not needs_compaction(conv.messages, budget=0):
        printing.info("conversation is short, nothing to do")
        return
    new_messages = compact(conv.messages)
    state.store.replace_messages(conv, new_messages)
    printing.info(f"compacted to {len(new_messages)} messages")
