"""Prompt playground: chat with any registered backend, streaming output."""

from __future__ import annotations

import asyncio
import logging
import time

import mesop as me

from studio import backends
from studio.backends import get_backend, get_deepseek_client
from studio.components import chat_panel, model_picker, page_frame, token_meter
from studio.components.token_meter import count_tokens
from studio.history_store import get_store
from studio.moderation import check_text
from studio.pricing import completion_cost
from studio.rewriter import default_rewriter
from studio.services.multi_model_service import TaskComplexity, multi_model_service
from studio.state import ChatMessage, PlaygroundState

log = logging.getLogger(__name__)

IMPROVE_SYSTEM = (
    "You are a prompt engineer. Rewrite the user's prompt to be clearer and more specific. "
    "Return only the rewritten prompt."
)


def _messages_for(state: PlaygroundState) -> list[dict[str, str]]:
    backend = get_backend(state.backend_key)
    msgs = []
    if state.system_prompt and backend.supports_system:
        msgs.append({"role": "system", "content": state.system_prompt})
    for m in state.messages:
        if m.content and not m.in_progress:
            msgs.append({"role": m.role, "content": m.content})
    return msgs


# ---------------------------------------------------------------- handlers


def on_model_change(e: me.SelectSelectionChangeEvent):
    state = me.state(PlaygroundState)
    state.backend_key = e.value


def on_system_blur(e: me.InputBlurEvent):
    me.state(PlaygroundState).system_prompt = e.value


def on_prompt_input(e: me.InputEvent):
    state = me.state(PlaygroundState)
    state.prompt = e.value
    backend = get_backend(state.backend_key)
    state.token_estimate = count_tokens(backend.provider, backend.model, e.value)


def on_temperature(e: me.SliderValueChangeEvent):
    me.state(PlaygroundState).temperature = e.value


def on_tracked_toggle(e: me.SlideToggleChangeEvent):
    state = me.state(PlaygroundState)
    state.use_tracked_service = not state.use_tracked_service


def on_clear(e: me.ClickEvent):
    state = me.state(PlaygroundState)
    state.messages = []
    state.error = ""


def on_send(e: me.ClickEvent):
    state = me.state(PlaygroundState)
    prompt = state.prompt.strip()
    if not prompt:
        return
    flagged, cats = check_text(prompt)
    if flagged:
        state.error = f"Prompt blocked by moderation ({', '.join(cats)})"
        return

    state.messages.append(ChatMessage(role="user", content=prompt))
    state.prompt = ""
    state.error = ""
    state.in_progress = True
    yield

    backend = get_backend(state.backend_key)
    reply = ChatMessage(role="assistant", model=backend.label, in_progress=True)
    state.messages.append(reply)
    started = time.time()
    try:
        if state.use_tracked_service:
            resp = asyncio.run(
                multi_model_service.generate_response(
                    prompt=prompt,
                    task_type="playground",
                    complexity=TaskComplexity.SIMPLE,
                    system=state.system_prompt,
                )
            )
            reply.content = resp.text
        elif backend.stream is not None:
            for delta in backend.stream(
                backend.model,
                _messages_for(state),
                temperature=state.temperature,
                max_tokens=state.max_tokens,
            ):
                reply.content += delta
                yield
        else:
            completion = backend.run(
                _messages_for(state), temperature=state.temperature, max_tokens=state.max_tokens
            )
            reply.content = completion.text
            state.last_cost = completion_cost(completion)
    except Exception as exc:  # noqa: BLE001
        log.exception("generation failed")
        state.error = str(exc)
    finally:
        reply.in_progress = False
        state.in_progress = False
    log.info("playground run on %s took %.1fs", backend.key, time.time() - started)
    get_store().create(backend.key, prompt, reply.content, tags=["playground"])
    yield


def on_improve_prompt(e: me.ClickEvent):
    """Ask DeepSeek (cheap) to rewrite the draft prompt."""
    state = me.state(PlaygroundState)
    if not state.prompt.strip():
        return
    state.in_progress = True
    yield
    resp = get_deepseek_client().chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": IMPROVE_SYSTEM},
            {"role": "user", "content": state.prompt},
        ],
        temperature=0.3,
    )
    state.prompt = resp.choices[0].message.content.strip()
    state.in_progress = False
    yield


def on_continue_with_responses(e: me.ClickEvent):
    """Experimental: stream via the OpenAI Responses API instead of chat completions."""
    state = me.state(PlaygroundState)
    backend = get_backend(state.backend_key)
    if backend.provider != "openai":
        state.error = "Responses API is only available for OpenAI models"
        return
    client = backends.get_openai_client()
    reply = ChatMessage(role="assistant", model=backend.label + " (responses)", in_progress=True)
    state.messages.append(reply)
    state.in_progress = True
    yield
    stream = client.responses.create(
        model=backend.model,
        instructions=state.system_prompt,
        input=[{"role": m["role"], "content": m["content"]}
               for m in _messages_for(state) if m["role"] != "system"],
        stream=True,
    )
    for event in stream:
        if event.type == "response.output_text.delta":
            reply.content += event.delta
            yield
    reply.in_progress = False
    state.in_progress = False
    yield


def on_shorten(e: me.ClickEvent):
    state = me.state(PlaygroundState)
    if state.prompt.strip():
        state.prompt = default_rewriter().rewrite(state.prompt, "shorter")


# ---------------------------------------------------------------- page


@me.page(
    path="/",
    title="Prompt Studio · Playground",
    security_policy=me.SecurityPolicy(allowed_iframe_parents=["https://studio.internal"]),
)
def playground_page():
    state = me.state(PlaygroundState)
    with page_frame("Playground"):
        with me.box(style=me.Style(display="grid", grid_template_columns="320px 1fr", gap=24)):
            with me.box():
                model_picker(state.backend_key, on_model_change)
                me.textarea(
                    label="System prompt",
                    value=state.system_prompt,
                    on_blur=on_system_blur,
                    rows=6,
                    style=me.Style(width="100%"),
                )
                me.text(f"Temperature: {state.temperature:.2f}", type="caption")
                me.slider(min=0, max=2, step=0.05, value=state.temperature, on_value_change=on_temperature)
                me.slide_toggle(
                    label="Route through tracked service",
                    checked=state.use_tracked_service,
                    on_change=on_tracked_toggle,
                )
            with me.box():
                chat_panel(state.messages, state.in_progress)
                if state.error:
                    me.text(state.error, style=me.Style(color="#c62828"))
                me.textarea(
                    label="Prompt",
                    value=state.prompt,
                    on_input=on_prompt_input,
                    rows=4,
                    style=me.Style(width="100%"),
                )
                token_meter(state.token_estimate, get_backend(state.backend_key).model)
                with me.box(style=me.Style(display="flex", gap=8)):
                    me.button("Send", on_click=on_send, type="flat", disabled=state.in_progress)
                    me.button("Improve prompt", on_click=on_improve_prompt, type="stroked")
                    me.button("Responses API", on_click=on_continue_with_responses, type="stroked")
                    me.button("Shorten", on_click=on_shorten)
                    me.button("Clear", on_click=on_clear)
