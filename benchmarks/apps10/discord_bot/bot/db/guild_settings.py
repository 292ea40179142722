"""Per-guild settings, stored as a JSON blob per guild and cached in memory."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from typing import Dict, List, Optional

from .store import Store, utcnow

log = logging.getLogger(__name__)

VALID_PROVIDERS = ("openai", "anthropic", "groq", "ollama")


@dataclass
class GuildSettings:
    guild_id: int
    chat_provider: str = "openai"
    chat_model: Optional[str] = None
    persona: str = "friendly"
    reply_on_mention: bool = True
    automod_enabled: bool = False
    automod_log_channel_id: Optional[int] = None
    mod_webhook_url: Optional[str] = None
    digest_channel_id: Optional[int] = None
    digest_source_channel_ids: List[int] = field(default_factory=list)
    welcome_channel_id: Optional[int] = None
    images_enabled: bool = True
    nsfw_images: bool = False
    voice_transcripts: bool = True
    translate_to: Optional[str] = None
    daily_image_quota: int = 10

    @classmethod
    def from_json(cls, guild_id: int, raw: str) -> "GuildSettings":
        data = json.loads(raw or "{}")
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            # old keys from before the settings refactor; ignore them instead of crashing
            log.debug("guild %s has stale settings keys: %s", guild_id, sorted(unknown))
        data = {k: v for k, v in data.items() if k in known and k != "guild_id"}
        return cls(guild_id=guild_id, **data)

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("guild_id")
        return json.dumps(data)


class GuildSettingsRepo:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: Dict[int, GuildSettings] = {}

    async def get(self, guild_id: int) -> GuildSettings:
        cached = self._cache.get(guild_id)
        if cached is not None:
            return cached
        async with self._store.conn.execute(
            "SELECT data FROM guild_settings WHERE guild_id = ?", (guild_id,)
        ) as cur:
            row = await cur.fetchone()
        settings = GuildSettings.from_json(guild_id, row[0]) if row else GuildSettings(guild_id)
        self._cache[guild_id] = settings
        return settings

    async def save(self, gs: GuildSettings) -> None:
        await self._store.conn.execute(
            "INSERT INTO guild_settings (guild_id, data, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(guild_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            (gs.guild_id, gs.to_json(), utcnow().isoformat()),
        )
        await self._store.conn.commit()
        self._cache[gs.guild_id] = gs

    async def update(self, guild_id: int, **changes) -> GuildSettings:
        gs = await self.get(guild_id)
        for key, value in changes.items():
            if not hasattr(gs, key):
                raise KeyError(key)
            setattr(gs, key, value)
        await self.save(gs)
        return gs

    async def all_with(self, attr: str) -> List[GuildSettings]:
        """Every guild where `attr` is truthy (used by the background tasks)."""
        async with self._store.conn.execute("SELECT guild_id, data FROM guild_settings") as cur:
            rows = await cur.fetchall()
        result = []
        for guild_id, raw in rows:
            gs = self._cache.get(guild_id) or GuildSettings.from_json(guild_id, raw)
            if getattr(gs, attr, None):
                result.append(gs)
        return result
