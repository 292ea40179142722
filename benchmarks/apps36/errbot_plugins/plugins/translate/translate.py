import re

from errbot import BotPlugin, arg_botcmd, botcmd, re_botcmd

from backends import BACKENDS, get_backend
from detect import display_name, language_of
from lib import get_async_groq_client
from lib.aio import run_sync
from lib.formatting import quote, truncate
from lib.llm_usage_tracker import llm_tracker
from lib.prompts import TRANSLATE_SYSTEM
from lib.settings import MODELS


class Translate(BotPlugin):
    """Translation commands and bridge-channel auto translation."""

    def get_configuration_template(self):
        return {
            "DEFAULT_BACKEND": "mistral",
            "CHANNEL_BACKENDS": {"#eng-tokyo": "groq", "#support-de": "deepl"},
            "BRIDGE_CHANNELS": {"#eng-tokyo": "English", "#support-de": "English"},
            "TRACK_BRIDGE_USAGE": True,
        }

    def activate(self):
        super().activate()
        self.groq_async = get_async_groq_client()
        if "stats" not in self:
            self["stats"] = {}

    def _backend_for(self, channel):
        cfg = self.config or self.get_configuration_template()
        return get_backend(cfg["CHANNEL_BACKENDS"].get(channel, cfg["DEFAULT_BACKEND"]))

    def translate(self, text, target, channel=None):
        """Public API for other plugins: self.get_plugin('Translate').translate(...)."""
        backend = self._backend_for(channel)
        out = backend.translate(text, display_name(target))
        with self.mutable("stats", {}) as stats:
            stats[backend.name] = stats.get(backend.name, 0) + 1
        return out

    @arg_botcmd("target", type=str, help="language, e.g. de or Japanese")
    @arg_botcmd("text", type=str, nargs="+")
    @arg_botcmd("--backend", dest="backend", type=str, default=None)
    def translate_to(self, msg, target, text, backend):
        """!translate to <lang> <text...>"""
        joined = " ".join(text)
        if backend:
            if backend not in BACKENDS:
                return f"Unknown backend {backend}. Known: {', '.join(BACKENDS)}"
            return get_backend(backend).translate(joined, display_name(target))
        return self.translate(joined, target, getattr(msg.to, "channelname", None))

    @re_botcmd(pattern=r"^tr(?:anslate)?\s+this$", prefixed=True, flags=re.IGNORECASE)
    def translate_this(self, msg, match):
        """Reply in a thread with 'translate this' to translate the parent message."""
        parent = getattr(msg, "parent", None)
        if parent is None:
            return "Use this in a thread reply."
        return quote(self.translate(parent.body, "English"))

    async def _bridge_translate(self, text, target):
        async with llm_tracker.track_llm_call(
            provider="groq", model=MODELS.groq_chat, feature_context="translate_bridge"
        ) as usage_log:
            resp = await self.groq_async.chat.completions.create(
                model=MODELS.groq_chat,
                messages=[
                    {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
                    {"role": "user", "content": text},
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content

    async def _bridge_translate_untracked(self, text, target):
        # old path, kept for when finops DB is down (TRACK_BRIDGE_USAGE=False)
        resp = await self.groq_async.chat.completions.create(
            model=MODELS.groq_fast,
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
                {"role": "user", "content": text},
            ],
        )
        return resp.choices[0].message.content

    def callback_message(self, msg):
        if msg.is_direct or msg.frm == self.bot_identifier:
            return
        channel = getattr(msg.to, "channelname", None)
        target = (self.config or {}).get("BRIDGE_CHANNELS", {}).get(channel)
        if not target or not msg.body or msg.body.startswith(self.bot_config.BOT_PREFIX):
            return
        if display_name(language_of(msg.body)) == target:
            return
        if (self.config or {}).get("TRACK_BRIDGE_USAGE", True):
            text = run_sync(self._bridge_translate(msg.body, target))
        else:
            text = run_sync(self._bridge_translate_untracked(msg.body, target))
        self.send(msg.to, truncate(f"_{target}:_ {text}"), in_reply_to=msg)

    @botcmd
    def translate_stats(self, msg, args):
        """How often each backend was used."""
        stats = self.get("stats", {})
        return "\n".join(f"{k}: {v}" for k, v in sorted(stats.items())) or "No translations yet."

    @botcmd
    def translate_detect(self, msg, args):
        """Detect the language of some text."""
        return display_name(language_of(args))
