"""Gemini via the google-genai SDK."""

from typing import List, Optional, Tuple

from google.genai import types

from ..logging_setup import get_logger
from ..utils import split_system
from .clients import get_gemini_client
from . import Reply

log = get_logger(__name__)

_ROLE_MAP = {"user": "user", "assistant": "model"}


def to_contents(messages: List[dict]) -> Tuple[str, List[types.Content]]:
    system, rest = split_system(messages)
    contents = []
    for msg in rest:
        role = _ROLE_MAP.get(msg["role"], "user")
        content = msg["content"]
        if isinstance(content, str):
            parts = [types.Part.from_text(text=content)]
        else:
            parts = []
            for block in content:
                if block.get("type") == "text":
                    parts.append(types.Part.from_text(text=block["text"]))
                elif block.get("type") == "image_url":
                    url = block["image_url"]["url"]
                    header, _, data = url.partition(",")
                    mime = header.split(";")[0].replace("data:", "") or "image/png"
                    parts.append(types.Part.from_bytes(data=_b64decode(data), mime_type=mime))
        # consecutive turns from the same role must be merged
        if contents and contents[-1].role == role:
            contents[-1].parts.extend(parts)
        else:
            contents.append(types.Content(role=role, parts=parts))
    return system, contents


def _b64decode(data: str) -> bytes:
    import base64

    return base64.b64decode(data)


def _config(model, system: str, temperature: float) -> types.GenerateContentConfig:
    cfg = types.GenerateContentConfig(
        system_instruction=system or None,
        temperature=temperature,
        max_output_tokens=model.max_tokens,
    )
    if model.settings.thinking_budget:
        cfg.thinking_config = types.ThinkingConfig(thinking_budget=model.settings.thinking_budget)
    return cfg


def _usage(resp) -> Tuple[int, int]:
    meta = getattr(resp, "usage_metadata", None)
    if not meta:
        return 0, 0
    return meta.prompt_token_count or 0, meta.candidates_token_count or 0


def send_gemini(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    client = get_gemini_client()
    system, contents = to_contents(messages)
    config = _config(model, system, temperature)

    if not stream:
        resp = client.models.generate_content(model=model.name, contents=contents, config=config)
        inp, out = _usage(resp)
        finish = resp.candidates[0].finish_reason if resp.candidates else None
        return Reply(
            text=resp.text or "",
            input_tokens=inp,
            output_tokens=out,
            finish_reason="length" if finish == types.FinishReason.MAX_TOKENS else None,
            raw=resp,
        )

    reply = Reply()
    parts = []
    last = None
    for chunk in client.models.generate_content_stream(
        model=model.name, contents=contents, config=config
    ):
        last = chunk
        if chunk.text:
            parts.append(chunk.text)
            if on_chunk:
                on_chunk(chunk.text)
    if last is not None:
        reply.input_tokens, reply.output_tokens = _usage(last)
    reply.text = "".join(parts)
    return reply


async def asend_gemini(model, messages, temperature=0.0) -> Reply:
    client = get_gemini_client()
    system, contents = to_contents(messages)
    resp = await client.aio.models.generate_content(
        model=model.name,
        contents=contents,
        config=_config(model, system, temperature),
    )
    inp, out = _usage(resp)
    return Reply(text=resp.text or "", input_tokens=inp, output_tokens=out, raw=resp)


def count_gemini_tokens(model_name: str, messages: List[dict]) -> Optional[int]:
    _, contents = to_contents(messages)
    try:
        resp = get_gemini_client().models.count_tokens(model=model_name, contents=contents)
    except Exception as err:
        log.debug("gemini count_tokens failed: %s", err)
        return None
    return resp.total_tokens
