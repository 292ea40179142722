"""The original send path: one function that turns a message list into a reply.

Dispatches on the model's vendor. Gemini, DeepSeek and Ollama have their own modules
because their request shapes differ enough; everything we have no native SDK for goes
through litellm.
"""

import time
from typing import Any, Dict, Iterator, List, Optional

import anthropic
import openai

from ..exceptions import ContextWindowExceeded, FinishReasonLength, ProviderRequestError
from ..llm import litellm
from ..logging_setup import get_logger
from ..utils import split_system
from . import deepseek, gemini, ollama_local
from . import Reply

log = get_logger(__name__)

RETRY_TIMEOUT = 60

RETRYABLE = (
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
    anthropic.APIConnectionError,
    anthropic.RateLimitError,
    anthropic.InternalServerError,
)


def _anthropic_messages(messages: List[dict], cache_control: bool):
    system, rest = split_system(messages)
    system_blocks = [{"type": "text", "text": system}] if system else []
    if cache_control and system_blocks:
        system_blocks[-1]["cache_control"] = {"type": "ephemeral"}
    return system_blocks, rest


def send_anthropic(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    system, rest = _anthropic_messages(messages, model.settings.cache_control)
    kwargs: Dict[str, Any] = dict(
        model=model.name,
        max_tokens=model.max_tokens,
        system=system,
        messages=rest,
    )
    if model.settings.thinking_budget:
        kwargs["thinking"] = {"type": "enabled", "budget_tokens": model.settings.thinking_budget}
    elif model.settings.use_temperature:
        kwargs["temperature"] = temperature

    if not stream:
        msg = model.client.messages.create(**kwargs)
        text = "".join(b.text for b in msg.content if b.type == "text")
        return Reply(
            text=text,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            cache_read_tokens=msg.usage.cache_read_input_tokens or 0,
            cache_write_tokens=msg.usage.cache_creation_input_tokens or 0,
            finish_reason=msg.stop_reason,
            raw=msg,
        )

    parts = []
    with model.client.messages.stream(**kwargs) as s:
        for text in s.text_stream:
            parts.append(text)
            if on_chunk:
                on_chunk(text)
        final = s.get_final_message()
    return Reply(
        text="".join(parts),
        input_tokens=final.usage.input_tokens,
        output_tokens=final.usage.output_tokens,
        cache_read_tokens=final.usage.cache_read_input_tokens or 0,
        finish_reason=final.stop_reason,
        raw=final,
    )


def send_openai(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    kwargs: Dict[str, Any] = dict(model=model.name, messages=messages)
    if model.settings.use_temperature:
        kwargs["temperature"] = temperature
    if model.settings.reasoning_effort:
        kwargs["reasoning_effort"] = model.settings.reasoning_effort
    if not model.settings.use_system_prompt:
        messages = [dict(m, role="user") if m["role"] == "system" else m for m in messages]
        kwargs["messages"] = messages
    if stream:
        kwargs["stream"] = True
        kwargs["stream_options"] = {"include_usage": True}

    resp = model.client.chat.completions.create(**kwargs)

    if not stream:
        choice = resp.choices[0]
        return Reply(
            text=choice.message.content or "",
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            finish_reason=choice.finish_reason,
            raw=resp,
        )

    reply = Reply()
    parts = []
    for chunk in resp:
        if chunk.usage:
            reply.input_tokens = chunk.usage.prompt_tokens
            reply.output_tokens = chunk.usage.completion_tokens
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content
        if delta:
            parts.append(delta)
            if on_chunk:
                on_chunk(delta)
        if chunk.choices[0].finish_reason:
            reply.finish_reason = chunk.choices[0].finish_reason
    reply.text = "".join(parts)
    return reply


def send_groq(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    # Groq streams are so fast that streaming just adds render overhead; always non-streaming.
    resp = model.client.chat.completions.create(
        model=model.name,
        messages=messages,
        temperature=temperature,
        max_completion_tokens=model.max_tokens,
    )
    choice = resp.choices[0]
    text = choice.message.content or ""
    if on_chunk and text:
        on_chunk(text)
    return Reply(
        text=text,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        finish_reason=choice.finish_reason,
        raw=resp,
    )


def send_litellm(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    kwargs = dict(model=model.name, messages=messages, stream=stream, temperature=temperature)
    kwargs.update(model.extra_params)
    res = litellm.completion(**kwargs)
    if not stream:
        reply = Reply(
            text=res.choices[0].message.content or "",
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
            finish_reason=res.choices[0].finish_reason,
            raw=res,
        )
        try:
            reply.cost = litellm.completion_cost(completion_response=res)
        except Exception:
            reply.cost = 0.0
        return reply

    parts = []
    for chunk in res:
        delta = chunk.choices[0].delta.content if chunk.choices else None
        if delta:
            parts.append(delta)
            if on_chunk:
                on_chunk(delta)
    return Reply(text="".join(parts))


_SENDERS = {
    "anthropic": send_anthropic,
    "openai": send_openai,
    "groq": send_groq,
    "gemini": gemini.send_gemini,
    "deepseek": deepseek.send_deepseek,
    "ollama": ollama_local.send_ollama,
    "litellm": send_litellm,
}


def send_completion(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    sender = _SENDERS.get(model.vendor, send_litellm)
    log.debug("sending %d messages to %s via %s", len(messages), model.name, model.vendor)
    try:
        reply = sender(model, messages, temperature=temperature, stream=stream, on_chunk=on_chunk)
    except (openai.BadRequestError, anthropic.BadRequestError) as err:
        if "context" in str(err).lower() and "length" in str(err).lower():
            raise ContextWindowExceeded(str(err)) from err
        raise ProviderRequestError(model.vendor, err) from err
    if reply.finish_reason in ("length", "max_tokens"):
        raise FinishReasonLength(reply.text)
    return reply


def simple_send_with_retries(model, messages) -> Optional[str]:
    delay = 0.125
    while True:
        try:
            return send_completion(model, messages, stream=False).text
        except RETRYABLE as err:
            delay *= 2
            if delay > RETRY_TIMEOUT:
                log.warning("giving up on %s after retries: %s", model.name, err)
                return None
            log.info("retrying %s in %.1fs: %s", model.name, delay, err)
            time.sleep(delay)
        except (ProviderRequestError, FinishReasonLength) as err:
            log.warning("simple send to %s failed: %s", model.name, err)
            return None


def iter_chunks(model, messages, temperature=0.0) -> Iterator[str]:
    """Generator adapter for callers that prefer iterating over callbacks (the TUI)."""
    buf: List[str] = []
    send_completion(model, messages, temperature=temperature, stream=True, on_chunk=buf.append)
    yield from buf
