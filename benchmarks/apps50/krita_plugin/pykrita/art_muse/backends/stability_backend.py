"""Stability AI REST API (v2beta), called with urllib so we don't ship requests
inside Krita's bundled Python."""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
import uuid

from .. import settings
from .base import BackendError, ImageBackend, ImageResult, UpscaleBackend
from .registry import register

log = logging.getLogger(__name__)

API_HOST = "https://api.stability.ai"
GENERATE_URL = API_HOST + "/v2beta/stable-image/generate/core"
UPSCALE_URL = API_HOST + "/v2beta/stable-image/upscale/fast"
BALANCE_URL = API_HOST + "/v1/user/balance"


def _multipart(fields: dict, files: dict) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    lines = []
    for key, value in fields.items():
        lines.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n".encode())
    for key, (filename, data, ctype) in files.items():
        lines.append(
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"; filename=\"{filename}\"\r\n"
            f"Content-Type: {ctype}\r\n\r\n".encode()
        )
        lines.append(data)
        lines.append(b"\r\n")
    lines.append(f"--{boundary}--\r\n".encode())
    return b"".join(lines), f"multipart/form-data; boundary={boundary}"


def _headers(content_type: str) -> dict:
    key = settings.current().stability_api_key
    if not key:
        raise BackendError("No Stability API key configured")
    return {"Authorization": f"Bearer {key}", "Accept": "image/*", "Content-Type": content_type}


def _raise_for(err: urllib.error.HTTPError) -> None:
    try:
        body = json.loads(err.read().decode("utf-8"))
        detail = "; ".join(body.get("errors", [])) or body.get("message", "")
    except Exception:  # noqa: BLE001
        detail = str(err)
    raise BackendError(f"Stability API {err.code}: {detail}") from err


@register("image", "stability")
class StabilityImageBackend(ImageBackend):
    def generate(self, prompt: str, width: int, height: int, negative: str = "") -> ImageResult:
        ratio = "16:9" if width > height * 1.5 else "9:16" if height > width * 1.5 else "1:1"
        fields = {"prompt": prompt, "aspect_ratio": ratio, "output_format": "png"}
        if negative:
            fields["negative_prompt"] = negative
        body, ctype = _multipart(fields, {"none": ("", b"", "application/octet-stream")})
        req = urllib.request.Request(GENERATE_URL, data=body, headers=_headers(ctype), method="POST")
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                seed = resp.headers.get("seed")
                return ImageResult(png_bytes=resp.read(), model="stable-image-core",
                                   seed=int(seed) if seed else None)
        except urllib.error.HTTPError as err:
            _raise_for(err)
            raise


@register("upscale", "stability")
class StabilityUpscaleBackend(UpscaleBackend):
    def upscale(self, png_bytes: bytes, scale: int = 2) -> ImageResult:
        # fast upscaler is always 4x; we downscale afterwards if the user asked for 2x
        body, ctype = _multipart({"output_format": "png"}, {"image": ("layer.png", png_bytes, "image/png")})
        req = urllib.request.Request(UPSCALE_URL, data=body, headers=_headers(ctype), method="POST")
        try:
            resp = urllib.request.urlopen(req, timeout=180)
        except urllib.error.HTTPError as err:
            _raise_for(err)
            raise
        try:
            return ImageResult(png_bytes=resp.read(), model="stable-fast-upscale", meta={"native_scale": 4})
        finally:
            resp.close()


def credit_balance() -> float:
    """Shown in the settings dialog. GET, free."""
    key = settings.current().stability_api_key
    req = urllib.request.Request(BALANCE_URL, headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(req, timeout=15) as resp:
        return float(json.loads(resp.read())["credits"])
