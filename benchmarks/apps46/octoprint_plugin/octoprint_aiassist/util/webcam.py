# coding=utf-8
"""Grabbing snapshots from the webcam configured in OctoPrint."""
from __future__ import absolute_import, unicode_literals

import io
import logging

import requests

_logger = logging.getLogger("octoprint.plugins.aiassist.webcam")

try:
    from PIL import Image
except ImportError:  # pragma: no cover
    Image = None


def snapshot_url_from_settings(global_settings, plugin_manager=None):
    """OctoPrint >= 1.9 has webcam plugins, older ones a single snapshot URL."""
    if plugin_manager is not None:
        try:
            from octoprint.webcams import get_webcams
            for webcam in get_webcams().values():
                cfg = webcam.config
                if cfg.snapshotDisplay or getattr(cfg, "compat", None):
                    url = cfg.compat.snapshot if cfg.compat else None
                    if url:
                        return url
        except ImportError:
            pass
    return global_settings.get(["webcam", "snapshot"])


def fetch_snapshot(url, timeout=5):
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    return resp.content


def downscale(jpeg_bytes, max_side=768, quality=80):
    """Vision endpoints bill per tile; 768px is plenty for spaghetti detection."""
    if Image is None:
        return jpeg_bytes
    img = Image.open(io.BytesIO(jpeg_bytes))
    img.thumbnail((max_side, max_side))
    out = io.BytesIO()
    img.convert("RGB").save(out, format="JPEG", quality=quality)
    return out.getvalue()
