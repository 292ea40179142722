"""Texture generation: Replicate (SDXL etc.), with Gemini Imagen / DALL-E fallbacks."""

import logging
import os
import tempfile
import time
import urllib.request

from . import prompts

log = logging.getLogger(__name__)

POLL_SECONDS = 1.5


def _download(url, dest_dir, stem):
    os.makedirs(dest_dir, exist_ok=True)
    path = os.path.join(dest_dir, f"{stem}.png")
    with urllib.request.urlopen(url, timeout=60) as resp, open(path, "wb") as fh:
        fh.write(resp.read())
    return path


def generate_replicate(session, user_prompt, size, dest_dir, seamless=True):
    """Blocking run via the replicate client kept on the session."""
    output = session.replicate.run(
        session.texture_model,
        input={
            "prompt": prompts.texture_prompt(user_prompt, seamless),
            "negative_prompt": prompts.negative_texture_prompt(),
            "width": int(size),
            "height": int(size),
            "num_outputs": 1,
        },
    )
    first = output[0] if isinstance(output, (list, tuple)) else output
    url = getattr(first, "url", first)
    return _download(str(url), dest_dir, f"tex_{int(time.time())}")


def generate_replicate_with_progress(session, user_prompt, size, dest_dir, progress, cancelled):
    """Creates a prediction and polls it so the UI can show a progress bar."""
    owner_model, _, version = session.texture_model.partition(":")
    prediction = session.replicate.predictions.create(
        version=version,
        input={"prompt": prompts.texture_prompt(user_prompt), "width": int(size), "height": int(size)},
    )
    while prediction.status not in ("succeeded", "failed", "canceled"):
        if cancelled.is_set():
            prediction.cancel()
            return None
        progress(prediction.status)
        time.sleep(POLL_SECONDS)
        prediction.reload()
    if prediction.status != "succeeded":
        raise RuntimeError(prediction.error or f"Replicate prediction {prediction.status}")
    out = prediction.output
    return _download(out[0] if isinstance(out, list) else out, dest_dir, f"tex_{prediction.id}")


def list_versions(session):
    """For the model picker: lists versions, does not run anything."""
    owner_model = session.texture_model.split(":")[0]
    model = session.replicate.models.get(owner_model)
    return [v.id for v in model.versions.list()]


def generate_imagen(session, user_prompt, dest_dir):
    from .._deps import genai_types

    result = session.gemini.models.generate_images(
        model="imagen-3.0-generate-002",
        prompt=prompts.texture_prompt(user_prompt),
        config=genai_types.GenerateImagesConfig(number_of_images=1, aspect_ratio="1:1"),
    )
    path = os.path.join(dest_dir or tempfile.gettempdir(), f"imagen_{int(time.time())}.png")
    result.generated_images[0].image.save(path)
    return path


def generate_dalle(session, user_prompt, size, dest_dir):
    import base64

    img = session.openai.images.generate(
        model="gpt-image-1",
        prompt=prompts.texture_prompt(user_prompt),
        size=f"{size}x{size}" if size in ("1024",) else "1024x1024",
        n=1,
    )
    path = os.path.join(dest_dir, f"gptimg_{int(time.time())}.png")
    with open(path, "wb") as fh:
        fh.write(base64.b64decode(img.data[0].b64_json))
    return path


BACKENDS = {
    "replicate": generate_replicate,
    "imagen": lambda s, p, size, d: generate_imagen(s, p, d),
    "openai": generate_dalle,
}
