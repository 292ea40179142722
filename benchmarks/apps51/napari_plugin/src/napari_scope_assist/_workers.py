"""Background jobs for whole-stack operations (time-lapse, z-stacks)."""
from __future__ import annotations

import logging
import time

import numpy as np
from google.genai import errors as genai_errors
from google.genai import types
from napari.qt.threading import thread_worker

from ._image_utils import normalize_to_uint8, to_png_bytes
from ._prompts import CAPTION_SYSTEM

logger = logging.getLogger(__name__)


@thread_worker(progress={"desc": "Captioning frames"})
def caption_timelapse(client, model: str, stack: np.ndarray, prompt: str, every: int = 5):
    """Yield (frame_index, caption) for every ``every``-th frame (Gemini client)."""
    for t in range(0, stack.shape[0], every):
        frame = normalize_to_uint8(stack[t])
        for attempt in range(3):
            try:
                resp = client.models.generate_content(
                    model=model,
                    contents=[
                        types.Part.from_bytes(data=to_png_bytes(frame), mime_type="image/png"),
                        f"{prompt} (frame {t})",
                    ],
                    config=types.GenerateContentConfig(system_instruction=CAPTION_SYSTEM),
                )
                yield t, resp.text
                break
            except genai_errors.ServerError:
                time.sleep(2**attempt)
        else:
            logger.warning("giving up on frame %s", t)


@thread_worker
def describe_changes(claude_client, model: str, first: np.ndarray, last: np.ndarray) -> str:
    """Ask Claude to compare the first and last frames of a time-lapse."""
    import base64

    blocks = []
    for label, frame in (("first", first), ("last", last)):
        blocks.append({"type": "text", "text": f"{label} frame:"})
        blocks.append(
            {
                "type": "image",
                "source": {
                    "type": "base64",
                    "media_type": "image/png",
                    "data": base64.b64encode(to_png_bytes(normalize_to_uint8(frame))).decode(),
                },
            }
        )
    blocks.append({"type": "text", "text": "What changed between these frames?"})
    msg = claude_client.messages.create(
        model=model, max_tokens=600, messages=[{"role": "user", "content": blocks}]
    )
    return msg.content[0].text


@thread_worker
def compute_projection(stack: np.ndarray, kind: str = "max") -> np.ndarray:
    """Not an LLM job; lives here because it uses the same worker plumbing."""
    return {"max": stack.max, "mean": stack.mean, "min": stack.min}[kind](axis=0)
