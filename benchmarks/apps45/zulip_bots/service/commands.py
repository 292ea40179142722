"""Slash-style commands handled directly by the listener (``!ask``, ``!tldr`` ...)."""
from __future__ import annotations

import logging
from typing import Any, Callable, Dict, List

from botlib.prompts import SUMMARY_SYSTEM, chat_messages, format_zulip_messages
from service.state import ServiceState, get_state

log = logging.getLogger(__name__)

Command = Callable[[ServiceState, Dict[str, Any], str], str]
COMMANDS: Dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(fn: Command) -> Command:
        COMMANDS[name] = fn
        return fn
    return register


@command("ask")
def ask(state: ServiceState, message: Dict[str, Any], args: str) -> str:
    client = state.llm["openai"]
    resp = client.chat.completions.create(
        model=state.settings.openai_model,
        messages=chat_messages(args),
        max_tokens=state.settings.max_tokens,
    )
    return resp.choices[0].message.content or ""


@command("claude")
def claude(state: ServiceState, message: Dict[str, Any], args: str) -> str:
    msg = state.llm["anthropic"].messages.create(
        model=state.settings.anthropic_model,
        max_tokens=state.settings.max_tokens,
        messages=[{"role": "user", "content": args}],
    )
    return msg.content[0].text


@command("web")
def web(state: ServiceState, message: Dict[str, Any], args: str) -> str:
    pplx = state.llm["perplexity"]
    resp = pplx.chat.completions.create(model="sonar", messages=[{"role": "user", "content": args}])
    return resp.choices[0].message.content or ""


@command("tldr")
def tldr(state: ServiceState, message: Dict[str, Any], args: str) -> str:
    """Summarise the current topic with Cohere (cheaper than Claude for this)."""
    res = state.zulip.get_messages({
        "anchor": message["id"], "num_before": 100, "num_after": 0, "apply_markdown": False,
        "narrow": [
            {"operator": "stream", "operand": message["display_recipient"]},
            {"operator": "topic", "operand": message["subject"]},
        ],
    })
    transcript = format_zulip_messages(res.get("messages", []))
    co = get_state().llm["cohere"]
    response = co.chat(
        model=state.settings.cohere_chat_model,
        messages=[{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": transcript}],
    )
    return response.message.content[0].text


@command("models")
def models(state: ServiceState, message: Dict[str, Any], args: str) -> str:
    names: List[str] = sorted(m.id for m in state.llm["openai"].models.list())
    return "Available OpenAI models:\n" + "\n".join(f"* `{n}`" for n in names[:40])


@command("stats")
def stats(state: ServiceState, message: Dict[str, Any], args: str) -> str:
    return "\n".join(f"* {k}: {v}" for k, v in sorted(state.counters.items())) or "no commands yet"


def dispatch(state: ServiceState, message: Dict[str, Any]) -> str | None:
    content = message["content"].strip()
    if not content.startswith("!"):
        return None
    name, _, args = content[1:].partition(" ")
    fn = COMMANDS.get(name.lower())
    if fn is None:
        return f"Unknown command `!{name}`. Try one of: " + ", ".join(f"`!{c}`" for c in sorted(COMMANDS))
    state.bump(name)
    return fn(state, message, args.strip())
