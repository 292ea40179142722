"""Camera AI: describe snapshots when motion/person is detected and push the text plus the
image to phones. Per-camera provider from the app config.

  pyscript: apps: camera_ai: {cameras: [...], provider: openai, providers: {camera.driveway: google}}
"""
import base64
import os
import time

import ai
import notify_helpers
from ai import vision

cfg = pyscript.app_config or {}
CAMERAS = cfg.get("cameras", ["camera.driveway", "camera.front_porch"])
DEFAULT_PROVIDER = cfg.get("provider", "openai")
PER_CAMERA = cfg.get("providers", {"camera.driveway": "google"})
SNAP_DIR = "/config/www/snapshots"

camera_client = ai.get_async_openai()


def _snapshot(camera):
    os.makedirs(SNAP_DIR, exist_ok=True)
    path = f"{SNAP_DIR}/{camera.split('.')[1]}_{int(time.time())}.jpg"
    service.call("camera", "snapshot", entity_id=camera, filename=path, blocking=True)
    return path


@pyscript_compile
def _data_url(path):
    with open(path, "rb") as fh:
        return "data:image/jpeg;base64," + base64.b64encode(fh.read()).decode()


async def _describe_responses_api(path):
    # porch camera: Responses API, lets us ask for a structured "package: yes/no" at the same time
    resp = await camera_client.responses.create(
        model="gpt-4.1-mini",
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": ai.prompts.CAMERA_PROMPT
                     + " Then on a new line write PACKAGE: yes or PACKAGE: no."},
                    {"type": "input_image", "image_url": task.executor(_data_url, path), "detail": "low"},
                ],
            }
        ],
        max_output_tokens=120,
    )
    return resp.output_text


def _describe(camera, path):
    provider = PER_CAMERA.get(camera, DEFAULT_PROVIDER)
    if camera == "camera.front_porch" and provider == "openai":
        return _describe_responses_api(path)
    return task.executor(vision.describe_image, path, provider)


def _notify(camera, text, path):
    if text.strip().lower().startswith("nothing notable"):
        return
    payload = notify_helpers.actionable(
        title=(state.getattr(camera) or {}).get("friendly_name", camera),
        message=notify_helpers.shorten(text.split("PACKAGE:")[0]),
        image=path.replace("/config/www", "/local"),
        tag=camera,
    )
    service.call("notify", "family_phones", **payload)


def _make_handler(camera, sensor):
    @state_trigger(f"{sensor} == 'on'")
    def camera_motion():
        task.unique(f"camera_ai_{camera}")
        path = _snapshot(camera)
        text = _describe(camera, path)
        state.set(f"sensor.{camera.split('.')[1]}_last_description", text[:255], snapshot=path)
        _notify(camera, text, path)

    return camera_motion


_handlers = []
for _camera in CAMERAS:
    _handlers.append(_make_handler(_camera, f"binary_sensor.{_camera.split('.')[1]}_person"))


@service
def describe_camera(camera="camera.front_porch", provider=None):
    """yaml
name: Describe camera
description: Take a snapshot and describe it now.
"""
    path = _snapshot(camera)
    text = task.executor(vision.describe_image, path, provider or PER_CAMERA.get(camera, DEFAULT_PROVIDER))
    state.set(f"sensor.{camera.split('.')[1]}_last_description", text[:255], snapshot=path)
    return text


@service
def archive_snapshot_to_gemini(path):
    """Upload a snapshot to the Gemini Files API so the weekly recap can reference it."""
    uploaded = task.executor(ai.get_genai().files.upload, file=path)
    state.set("sensor.camera_last_upload", uploaded.name)
