###
# Copyright (c) 2023, the #help-ops team
# All rights reserved.
###

from supybot import conf, registry

try:
    from supybot.i18n import PluginInternationalization

    _ = PluginInternationalization("LLM")
except ImportError:
    # Placeholder that allows to run the plugin on a bot
    # without the i18n module
    _ = lambda x: x


PROVIDERS = ("openai", "anthropic", "groq", "mistral", "openrouter")


class Provider(registry.OnlySomeStrings):
    """Must be one of openai, anthropic, groq, mistral, openrouter."""

    validStrings = PROVIDERS


def configure(advanced):
    # This will be called by supybot to configure this module.  advanced is
    # a bool that specifies whether the user identified themself as an advanced
    # user or not.  You should effect your configuration by manipulating the
    # registry as appropriate.
    from supybot.questions import expect, anything, something, yn

    conf.registerPlugin("LLM", True)
    if yn(_("Do you want to configure an OpenAI API key now?"), default=True):
        key = something(_("OpenAI API key:"))
        conf.supybot.plugins.LLM.openaiApiKey.setValue(key)
    provider = expect(_("Default provider?"), list(PROVIDERS), default="openai")
    conf.supybot.plugins.LLM.provider.setValue(provider)


LLM = conf.registerPlugin("LLM")

# --- API keys (global, private) -------------------------------------------
conf.registerGlobalValue(
    LLM, "openaiApiKey",
    registry.String("", _("""OpenAI API key."""), private=True),
)
conf.registerGlobalValue(
    LLM, "anthropicApiKey",
    registry.String("", _("""Anthropic API key."""), private=True),
)
conf.registerGlobalValue(
    LLM, "groqApiKey",
    registry.String("", _("""Groq API key."""), private=True),
)
conf.registerGlobalValue(
    LLM, "mistralApiKey",
    registry.String("", _("""Mistral API key."""), private=True),
)
conf.registerGlobalValue(
    LLM, "openrouterApiKey",
    registry.String("", _("""OpenRouter API key."""), private=True),
)
conf.registerGlobalValue(
    LLM, "openrouterReferer",
    registry.String("https://example.org/helpbot",
                    _("""HTTP-Referer sent to OpenRouter for attribution.""")),
)

# --- per channel behaviour -------------------------------------------------
conf.registerChannelValue(
    LLM, "provider",
    Provider("openai", _("""Which LLM provider answers in this channel.""")),
)
conf.registerChannelValue(
    LLM, "model",
    registry.String("", _("""Model override for this channel. Empty means the
    provider's default model.""")),
)
conf.registerChannelValue(
    LLM, "maxTokens",
    registry.PositiveInteger(400, _("""Maximum tokens per answer.""")),
)
conf.registerChannelValue(
    LLM, "systemPrompt",
    registry.String(
        "You are a terse, friendly IRC helper. Answer in at most three lines.",
        _("""System prompt used by the ask command."""),
    ),
)
conf.registerChannelValue(
    LLM, "passive",
    registry.Boolean(False, _("""Answer when the bot's nick is mentioned
    with a question.""")),
)
conf.registerChannelValue(
    LLM, "moderate",
    registry.Boolean(False, _("""Run every message through the moderation
    endpoint and notify ops about flagged lines.""")),
)
conf.registerChannelValue(
    LLM, "moderationProvider",
    registry.String("openai", _("""openai or mistral.""")),
)
conf.registerChannelValue(
    LLM, "scrollbackSize",
    registry.PositiveInteger(300, _("""Lines kept for summarise.""")),
)
conf.registerChannelValue(
    LLM, "translateTarget",
    registry.String("en", _("""Default target language for translate.""")),
)
conf.registerChannelValue(
    LLM, "useTracking",
    registry.Boolean(False, _("""Route ask through multi_model_service so
    usage is billed to the channel. Will become the default.""")),
)
conf.registerGlobalValue(
    LLM, "pasteUrl",
    registry.String("https://paste.example.org/api/v1/paste",
                    _("""Where long answers are pasted.""")),
)
conf.registerGlobalValue(
    LLM, "legacyMode",
    registry.Boolean(False, _("""Use the pre-1.0 openai code path (oldask).""")),
)


# vim:set shiftwidth=4 tabstop=4 expandtab textwidth=79:
