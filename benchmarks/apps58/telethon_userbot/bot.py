"""Entry point: ``python bot.py``.

Builds the Telethon client, attaches shared services to it (handlers get them
through ``event.client``), loads plugins and runs until disconnected.
"""
from __future__ import annotations

import logging

from dotenv import load_dotenv

load_dotenv()

from telethon import TelegramClient, events  # noqa: E402

from config import settings  # noqa: E402
from core.clients import (  # noqa: E402
    get_anthropic_client,
    get_genai_client,
    get_groq_client,
    get_openai_client,
    get_xai_client,
)
from core.history import history  # noqa: E402
from core.providers import provider_switch  # noqa: E402

logging.basicConfig(
    format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
)
logging.getLogger("telethon").setLevel(logging.WARNING)
log = logging.getLogger("userbot")

client = TelegramClient(settings.session_name, settings.api_id, settings.api_hash)

# shared state, reachable from any handler as event.client.<name>
client.llm = get_openai_client()
client.anthropic = get_anthropic_client()
client.gemini = get_genai_client()
client.groq = get_groq_client()
client.xai = get_xai_client()
client.switch = provider_switch
client.history = history


@client.on(events.NewMessage(outgoing=True, pattern=r"^\.ping$"))
async def ping(event: events.NewMessage.Event) -> None:
    await event.edit("pong")


def main() -> None:
    from loader import load_plugins

    client.start()
    load_plugins(client)
    me = client.loop.run_until_complete(client.get_me())
    log.info("logged in as %s (%s)", me.username or me.first_name, me.id)
    client.run_until_disconnected()


if __name__ == "__main__":
    main()
