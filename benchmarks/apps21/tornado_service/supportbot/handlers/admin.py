"""Internal admin endpoints."""
import logging

from tornado.options import options

from supportbot.handlers.base import AdminHandler, BaseHandler
from supportbot.services import llm_tracker
from supportbot.services.raw_llm import provider_status
from supportbot.utils.costs import PRICES, estimate_cost
from supportbot.utils.tokens import count_tokens

log = logging.getLogger(__name__)


class ModelsAdminHandler(AdminHandler):
    async def get(self):
        openai_models = await self.openai.models.list()
        anthropic_models = await self.anthropic.models.list(limit=50)
        grok_models = await self.application.sentiment.available_models()
        self.write_json({
            "openai": [m.id for m in openai_models.data],
            "anthropic": [m.id for m in anthropic_models.data],
            "xai": grok_models,
        })


class UsageAdminHandler(AdminHandler):
    async def get(self):
        flushed = await llm_tracker.flush()
        sample = self.get_query_argument("sample", "")
        est = None
        if sample:
            n = count_tokens(sample, options.chat_model)
            anth = await self.anthropic.messages.count_tokens(
                model=options.summary_model,
                messages=[{"role": "user", "content": sample}],
            )
            est = {
                "openai_tokens": n,
                "anthropic_tokens": anth.input_tokens,
                "openai_cost": estimate_cost(options.chat_model, n, 0),
            }
        self.write_json({"flushed": flushed, "prices": PRICES, "estimate": est})


class PlaygroundHandler(AdminHandler):
    """Lets support leads try prompts against Grok before shipping them.

    (GPT playground lives in the internal notebook server.)
    """

    async def post(self):
        body = self.json_body()
        client = self.settings["xai_client"]
        model = body.get("model") or options.grok_model
        resp = await client.chat.completions.create(
            model=model,
            messages=body["messages"],
            temperature=float(body.get("temperature", 0.7)),
        )
        self.write_json({
            "content": resp.choices[0].message.content,
            "usage": resp.usage.model_dump() if resp.usage else None,
        })


class ProviderStatusHandler(AdminHandler):
    async def get(self):
        self.write_json(await provider_status(self.settings["http_client"]))


class HealthHandler(BaseHandler):
    async def get(self):
        try:
            await self.application.db_pool.fetchval("SELECT 1")
            db = "ok"
        except Exception:  # noqa: BLE001
            db = "down"
        self.write_json({"status": "ok" if db == "ok" else "degraded", "db": db})
