"""Background work for the UI thread. pywebview js_api calls block the JS promise,
so anything slow goes through here and results are pushed back with evaluate_js."""
from __future__ import annotations

import asyncio
import functools
import json
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from backend.llm import get_openai_client, get_openrouter_client

log = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="notes-worker")
_loop: asyncio.AbstractEventLoop | None = None
_loop_lock = threading.Lock()


def submit(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
    return _executor.submit(fn, *args, **kwargs)


def background_loop() -> asyncio.AbstractEventLoop:
    """A single asyncio loop running in its own thread, for async SDK clients."""
    global _loop
    with _loop_lock:
        if _loop is None:
            _loop = asyncio.new_event_loop()
            threading.Thread(target=_loop.run_forever, daemon=True, name="notes-asyncio").start()
        return _loop


def run_coro(coro) -> Future:
    return asyncio.run_coroutine_threadsafe(coro, background_loop())


class JsBridge:
    """Push results to the page. `window` is a webview.Window."""

    def __init__(self, window=None) -> None:
        self.window = window

    def emit(self, event: str, payload: Any) -> None:
        if self.window is None:
            return
        self.window.evaluate_js(
            f"window.dispatchEvent(new CustomEvent({json.dumps(event)}, {{detail: {json.dumps(payload)}}}))"
        )

    def done_callback(self, event: str) -> Callable[[Future], None]:
        def _cb(fut: Future) -> None:
            try:
                self.emit(event, {"ok": True, "result": fut.result()})
            except Exception as exc:  # noqa: BLE001
                log.exception("background job %s failed", event)
                self.emit(event, {"ok": False, "error": str(exc)})
        return _cb


def quick_rewrite(text: str, instruction: str, bridge: JsBridge, request_id: str) -> None:
    """Rewrite selection: fire the SDK call straight into the pool."""
    client = get_openai_client()
    fut = _executor.submit(
        client.chat.completions.create,
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Rewrite the user's text. Return only the rewritten text."},
            {"role": "user", "content": f"Instruction: {instruction}\n\n{text}"},
        ],
    )

    def _cb(f: Future) -> None:
        try:
            bridge.emit("rewrite", {"id": request_id, "text": f.result().choices[0].message.content})
        except Exception as exc:  # noqa: BLE001
            bridge.emit("rewrite", {"id": request_id, "error": str(exc)})

    fut.add_done_callback(_cb)


def translate(text: str, lang: str, model: str) -> str:
    or_client = get_openrouter_client()
    call = functools.partial(
        or_client.chat.completions.create,
        model=model,
        temperature=0,
    )
    resp = call(messages=[{"role": "user", "content": f"Translate to {lang}:\n\n{text}"}])
    return resp.choices[0].message.content


def shutdown() -> None:
    _executor.shutdown(wait=False, cancel_futures=True)
    if _loop is not None:
        _loop.call_soon_threadsafe(_loop.stop)
