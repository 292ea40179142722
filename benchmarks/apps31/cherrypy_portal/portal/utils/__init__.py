"""Small web helpers: SSE streaming and the sync->async bridge."""
import asyncio
import json
import threading


def sse(gen):
    for piece in gen:
        yield ("data: %s\n\n" % json.dumps({"delta": piece})).encode("utf-8")
    yield b"data: [DONE]\n\n"


def openai_deltas(stream):
    """Yield text from an openai-style chunk iterator."""
    for chunk in stream:
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta
        if delta and delta.content:
            yield delta.content


_loop = None
_lock = threading.Lock()


def _background_loop():
    global _loop
    with _lock:
        if _loop is None:
            _loop = asyncio.new_event_loop()
            t = threading.Thread(target=_loop.run_forever, name="portal-aio", daemon=True)
            t.start()
    return _loop


def run_sync(coro, timeout=60):
    future = asyncio.run_coroutine_threadsafe(coro, _background_loop())
    return future.result(timeout=timeout)
