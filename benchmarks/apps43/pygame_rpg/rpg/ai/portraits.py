"""NPC portraits generated with Replicate, cached to disk as PNG."""
from __future__ import annotations

import logging
import urllib.request
from pathlib import Path

import replicate

from rpg.ai.clients import get_replicate
from settings import AI_SETTINGS

log = logging.getLogger(__name__)

PORTRAIT_DIR = Path.home() / ".emberfall" / "portraits"
STYLE = "16-bit pixel art portrait, JRPG style, facing camera, plain dark background"


class PortraitService:
    def __init__(self, client: replicate.Client | None = None):
        self._replicate = client or get_replicate()
        PORTRAIT_DIR.mkdir(parents=True, exist_ok=True)

    def path_for(self, npc_id: str) -> Path:
        return PORTRAIT_DIR / f"{npc_id}.png"

    def generate(self, npc) -> Path:
        path = self.path_for(npc.id)
        if path.exists():
            return path
        output = self._replicate.run(
            AI_SETTINGS.portrait_model,
            input={
                "prompt": f"{STYLE}. {npc.appearance}",
                "aspect_ratio": "1:1",
                "output_format": "png",
                "num_outputs": 1,
            },
        )
        first = output[0] if isinstance(output, list) else output
        with open(path, "wb") as fh:
            fh.write(first.read())
        return path

    def generate_async_prediction(self, npc) -> str:
        """Start a prediction and return its id; the gallery scene polls it."""
        prediction = replicate.predictions.create(
            model=AI_SETTINGS.portrait_model,
            input={"prompt": f"{STYLE}. {npc.appearance}", "output_format": "png"},
        )
        return prediction.id

    def fetch_prediction(self, prediction_id: str) -> Path | None:
        prediction = replicate.predictions.get(prediction_id)
        if prediction.status != "succeeded":
            return None
        url = prediction.output[0] if isinstance(prediction.output, list) else prediction.output
        dest = PORTRAIT_DIR / f"{prediction_id}.png"
        urllib.request.urlretrieve(url, dest)
        return dest
