from .store import Store
from .guild_settings import GuildSettings, GuildSettingsRepo

__all__ = ["Store", "GuildSettings", "GuildSettingsRepo"]
