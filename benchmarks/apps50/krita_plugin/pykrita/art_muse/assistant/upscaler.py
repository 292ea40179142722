"""Upscaling the active layer."""
from __future__ import annotations

from .. import settings
from ..backends import get_upscale_backend, replicate_client
from ..backends.base import ImageResult
from ..backends.replicate_backend import _download

FACE_RESTORE_MODEL = "tencentarc/gfpgan"


class Upscaler:
    def __init__(self, provider: str | None = None) -> None:
        self.provider = provider or settings.current().upscale_provider
        self._backend = None

    def upscale(self, png_bytes: bytes, scale: int = 2) -> ImageResult:
        self._backend = get_upscale_backend(self.provider)
        return self._backend.upscale(png_bytes, scale=scale)

    def cancel(self) -> None:
        if self._backend is not None and hasattr(self._backend, "cancel"):
            self._backend.cancel()

    def restore_faces(self, png_bytes: bytes) -> bytes:
        """Portrait helper: GFPGAN on Replicate, bypasses the backend registry
        because it's not really an upscaler (but lives here for now)."""
        import io

        output = replicate_client().run(
            FACE_RESTORE_MODEL,
            input={"img": io.BytesIO(png_bytes), "version": "v1.4", "scale": 2},
        )
        return _download(output)
