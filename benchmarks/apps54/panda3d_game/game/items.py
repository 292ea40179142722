"""Items and AI-written item descriptions (Gemini)."""
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional

from google.genai import types

from ai import get_genai_client
from ai.prompts import ITEM_PROMPT

log = logging.getLogger("hollowmere.items")

DESC_CACHE = Path.home() / ".hollowmere" / "item_descriptions.json"


@dataclass
class Item:
    item_id: str
    name: str
    kind: str
    rarity: str = "common"
    value: int = 1
    description: Optional[str] = None
    tags: list = field(default_factory=list)

    @classmethod
    def create(cls, item_id: str, **kwargs) -> "Item":
        return cls(item_id=item_id, name=kwargs.pop("name", item_id.replace("_", " ").title()), **kwargs)


class ItemDescriber:
    def __init__(self, model: str = "gemini-2.0-flash"):
        self.client = get_genai_client()
        self.model = model
        self._cache: Dict[str, str] = {}
        if DESC_CACHE.exists():
            self._cache = json.loads(DESC_CACHE.read_text(encoding="utf-8"))

    def describe(self, item: Item) -> str:
        if item.item_id in self._cache:
            return self._cache[item.item_id]
        response = self.client.models.generate_content(
            model=self.model,
            contents=ITEM_PROMPT.format(name=item.name, rarity=item.rarity, kind=item.kind),
            config=types.GenerateContentConfig(temperature=0.9, max_output_tokens=120),
        )
        text = (response.text or "").strip()
        self._cache[item.item_id] = text
        self._save()
        return text

    def describe_stream(self, item: Item):
        """Yields text as it arrives, for the inspect panel typewriter effect."""
        for chunk in self.client.models.generate_content_stream(
            model=self.model,
            contents=ITEM_PROMPT.format(name=item.name, rarity=item.rarity, kind=item.kind),
        ):
            if chunk.text:
                yield chunk.text

    def generate_icon(self, item: Item) -> bytes:
        result = self.client.models.generate_images(
            model="imagen-3.0-generate-002",
            prompt=f"Painted RPG inventory icon of {item.name}, dark fantasy, plain background",
            config=types.GenerateImagesConfig(number_of_images=1, aspect_ratio="1:1"),
        )
        return result.generated_images[0].image.image_bytes

    def _save(self) -> None:
        DESC_CACHE.parent.mkdir(parents=True, exist_ok=True)
        DESC_CACHE.write_text(json.dumps(self._cache, indent=1), encoding="utf-8")


ITEM_TABLE = {
    "rusty_hook": Item.create("rusty_hook", kind="junk", value=1),
    "eel_oil": Item.create("eel_oil", kind="consumable", value=4),
    "smugglers_ledger": Item.create("smugglers_ledger", kind="quest", rarity="rare", value=0),
    "witchglass": Item.create("witchglass", kind="trinket", rarity="epic", value=120),
}
