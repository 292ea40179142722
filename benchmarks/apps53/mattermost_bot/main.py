"""Entry point: `python main.py`."""
from __future__ import annotations

import logging
import os

from mmpy_bot import Bot, Settings

from config import get_config
from jobs.digest import DigestJob
from plugins import (
    AdminPlugin,
    AskPlugin,
    GlossaryPlugin,
    IncidentPlugin,
    ResearchPlugin,
    ReviewPlugin,
    StandupPlugin,
    SummaryPlugin,
    TranslatePlugin,
)
from services import (
    ConversationStore,
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_perplexity_client,
    get_router,
)
from services.embeddings import RunbookIndex
from services.moderation import ModerationGate
from services.perplexity_search import PerplexityResearcher
from services.provider_switch import ProviderSwitch
from services.translator import Translator

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
logger = logging.getLogger("mmbot")


def build_plugins(cfg):
    store = ConversationStore.create(cfg.sqlite_path, max_turns=cfg.max_history_turns)
    switch = ProviderSwitch(cfg)
    moderation = ModerationGate(enabled=cfg.enable_moderation)
    translator = Translator(get_async_anthropic_client(), get_genai_client())
    researcher = PerplexityResearcher(model=cfg.perplexity_model)
    return [
        AskPlugin(switch, store, moderation, runbooks=RunbookIndex(), openai_client=get_async_openai_client()),
        SummaryPlugin(get_anthropic_client(), cfg, store=store),
        IncidentPlugin(cfg),
        TranslatePlugin(translator),
        ResearchPlugin(researcher, sync_client=get_perplexity_client()),
        StandupPlugin(get_router()),
        GlossaryPlugin(),
        ReviewPlugin(default_backend=os.environ.get("REVIEW_BACKEND", "openai")),
        AdminPlugin(),
    ]


def main() -> None:
    cfg = get_config()
    bot = Bot(
        settings=Settings(
            MATTERMOST_URL=cfg.mattermost_url,
            MATTERMOST_PORT=cfg.mattermost_port,
            BOT_TOKEN=cfg.bot_token,
            BOT_TEAM=cfg.bot_team,
            SSL_VERIFY=cfg.ssl_verify,
            WEBHOOK_HOST_ENABLED=True,
            WEBHOOK_HOST_URL=cfg.webhook_host,
            WEBHOOK_HOST_PORT=cfg.webhook_port,
        ),
        plugins=build_plugins(cfg),
    )
    if cfg.digest_channel_id:
        digest = DigestJob(bot.driver, cfg, channels=[cfg.digest_channel_id])
        logger.info("digest job configured for %s", digest.channels)
    bot.run()


if __name__ == "__main__":
    main()
