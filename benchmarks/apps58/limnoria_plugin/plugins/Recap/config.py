from supybot import conf, registry

try:
    from supybot.i18n import PluginInternationalization

    _ = PluginInternationalization("Recap")
except ImportError:
    _ = lambda x: x


def configure(advanced):
    from supybot.questions import expect, anything, something, yn

    conf.registerPlugin("Recap", True)


Recap = conf.registerPlugin("Recap")
conf.registerChannelValue(
    Recap, "enabled",
    registry.Boolean(False, _("""Post a daily recap in this channel.""")),
)
conf.registerChannelValue(
    Recap, "hourUTC",
    registry.NonNegativeInteger(18, _("""Hour (UTC) to post the recap.""")),
)
conf.registerChannelValue(
    Recap, "style",
    registry.String("groq", _("""groq (fast bullet list), anthropic (prose),
    or mistral.""")),
)
conf.registerChannelValue(
    Recap, "tracked",
    registry.Boolean(True, _("""Bill recaps through multi_model_service.""")),
)
conf.registerGlobalValue(
    Recap, "highlightsKey",
    registry.String("", _("""OpenAI key for the highlights job (separate
    project for billing)."""), private=True),
)
