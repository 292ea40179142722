"""Local models through the Ollama server."""

from typing import List, Optional

import ollama

from ..logging_setup import get_logger
from .clients import get_ollama_client
from . import Reply

log = get_logger(__name__)


def send_ollama(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    options = {"temperature": temperature}
    options.update(model.extra_params)

    if stream:
        parts = []
        reply = Reply()
        for chunk in ollama.chat(model=model.name, messages=messages, stream=True, options=options):
            piece = chunk["message"]["content"]
            if piece:
                parts.append(piece)
                if on_chunk:
                    on_chunk(piece)
            if chunk.get("done"):
                reply.input_tokens = chunk.get("prompt_eval_count") or 0
                reply.output_tokens = chunk.get("eval_count") or 0
                reply.finish_reason = chunk.get("done_reason")
        reply.text = "".join(parts)
        return reply

    resp = get_ollama_client().chat(model=model.name, messages=messages, options=options)
    return Reply(
        text=resp.message.content or "",
        input_tokens=resp.prompt_eval_count or 0,
        output_tokens=resp.eval_count or 0,
        finish_reason=resp.done_reason,
        raw=resp,
    )


def installed_models() -> List[str]:
    try:
        resp = ollama.list()
    except (ollama.ResponseError, ConnectionError) as err:
        log.info("ollama not reachable: %s", err)
        return []
    return sorted(m.model for m in resp.models)


def is_installed(name: str) -> bool:
    return name in installed_models() or f"{name}:latest" in installed_models()


def keep_alive_hint(name: str) -> Optional[str]:
    if ":" in name and name.split(":")[1].endswith("b"):
        size = name.split(":")[1][:-1]
        try:
            if float(size) >= 30:
                return "30m"
        except ValueError:
            pass
    return None
