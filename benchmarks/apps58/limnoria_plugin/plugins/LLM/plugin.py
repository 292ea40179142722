###
# Copyright (c) 2023, the #help-ops team
# All rights reserved.
###

import concurrent.futures
import re
import time

import anthropic

from supybot import utils, plugins, ircutils, callbacks, ircmsgs, conf, log
from supybot.commands import *

try:
    from supybot.i18n import PluginInternationalization

    _ = PluginInternationalization("LLM")
except ImportError:
    # Placeholder that allows to run the plugin on a bot
    # without the i18n module
    _ = lambda x: x

from .local import (audio, clients, embeddings, fanout, http_fallback, images,
                    legacy_openai, moderation, prompts, providers, quick,
                    streaming, summarise, translate)
from .local.multi_model_service import multi_model_service, TaskComplexity
from .local.scrollback import Scrollback

QUESTION_RE = re.compile(r"\?\s*$")
URL_RE = re.compile(r"https?://\S+")


class LLM(callbacks.Plugin):
    """Channel assistant. Use 'ask <question>', 'summarise [<n>]',
    'translate [--to <lang>] <text>', 'tldr <text>' and friends.
    Set plugins.LLM.provider per channel to switch vendors."""

    threaded = True

    def __init__(self, irc):
        self.__parent = super(LLM, self)
        self.__parent.__init__(irc)
        self.clients = clients.ClientBundle(self._keys)
        self.scrollback = Scrollback(size=500)
        self.embeddings = embeddings.EmbeddingIndex(self.clients)
        self.cooldown = moderation.Cooldown(60)
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=4, thread_name_prefix="llm-passive")
        self._last_answer = {}
        multi_model_service.configure(self._keys())
        if self.registryValue("legacyMode"):
            legacy_openai.setup(self.registryValue("openaiApiKey"))

    def die(self):
        self._pool.shutdown(wait=False)
        clients.clear_cache()
        self.__parent.die()

    # --- helpers ------------------------------------------------------------

    def _keys(self):
        return {
            "openai": self.registryValue("openaiApiKey"),
            "anthropic": self.registryValue("anthropicApiKey"),
            "groq": self.registryValue("groqApiKey"),
            "mistral": self.registryValue("mistralApiKey"),
            "openrouter": self.registryValue("openrouterApiKey"),
            "openrouter_referer": self.registryValue("openrouterReferer"),
        }

    def _backend(self, channel, network=None):
        provider = self.registryValue("provider", channel, network)
        model = self.registryValue("model", channel, network)
        return providers.make_backend(provider, self.clients, model)

    def _reply_long(self, irc, text, prefixNick=True):
        lines = [l for l in text.splitlines() if l.strip()]
        if len(lines) > 4 or len(text) > 1200:
            url = http_fallback.paste(self.registryValue("pasteUrl"), text)
            if url:
                irc.reply(_("Answer was long, pasted: %s") % url,
                          prefixNick=prefixNick)
                return
        irc.replies(lines or [_("(empty answer)")], prefixNick=prefixNick,
                    oneToOne=False)

    # --- commands -------------------------------------------------------------

    @wrap(["text"])
    def ask(self, irc, msg, args, question):
        """<question>

        Asks the channel's configured LLM provider a question."""
        channel = msg.channel
        system = self.registryValue("systemPrompt", channel, irc.network)
        max_tokens = self.registryValue("maxTokens", channel, irc.network)
        if self.registryValue("useTracking", channel, irc.network):
            text = fanout.run_sync(multi_model_service.generate_response(
                prompt=question,
                task_type="irc_ask",
                complexity=TaskComplexity.SIMPLE,
                system=system,
                max_tokens=max_tokens,
                channel=channel,
            ))
            self._reply_long(irc, text)
            return
        backend = self._backend(channel, irc.network)
        reply = backend.chat(prompts.chat_messages(system, question),
                             max_tokens=max_tokens)
        self.log.debug("LLM ask via %s: %r", backend.name, reply)
        self._last_answer[channel] = reply.text
        self._reply_long(irc, reply.text)

    @wrap(["text"])
    def deepask(self, irc, msg, args, question):
        """<question>

        Like ask, but uses the bigger (slower, pricier) model. Billed."""
        text = fanout.run_sync(multi_model_service.generate_response(
            prompt=question,
            task_type="irc_deepask",
            complexity=TaskComplexity.AGENTIC,
            channel=msg.channel,
        ))
        self._reply_long(irc, text)

    @wrap([optional("positiveInt", 100), additional("text")])
    def summarise(self, irc, msg, args, n, focus):
        """[<lines>] [<focus>]

        Summarises the last <lines> lines (default 100) of the channel."""
        if not msg.channel:
            irc.error(_("This command must be used in a channel."), Raise=True)
        lines = self.scrollback.recent(msg.channel, n=n)
        # don't summarise our own chatter
        lines = [l for l in lines if l.nick != irc.nick]
        text = summarise.summarise(self.clients, lines, focus=focus)
        if text is None:
            irc.reply(_("Nothing to summarise yet."))
        else:
            self._reply_long(irc, text)

    summarize = summarise

    @wrap([getopts({"to": "something"}), "text"])
    def translate(self, irc, msg, args, opts, text):
        """[--to <lang>] <text>

        Translates <text>; defaults to the channel's translateTarget."""
        opts = dict(opts)
        target = opts.get("to") or self.registryValue(
            "translateTarget", msg.channel, irc.network)
        if text == "^":
            line = self.scrollback.recent(msg.channel, n=2)
            text = line[0].text if line else text
        if self.registryValue("useTracking", msg.channel, irc.network):
            out = fanout.run_sync(translate.translate_tracked(
                text, target, self.registryValue("openaiApiKey"),
                channel=msg.channel))
        else:
            out = translate.translate(text, target, self._keys())
        irc.reply(out)

    def tldr(self, irc, msg, args, text):
        """<text|url>

        One-line TL;DR through OpenRouter."""
        model = self.registryValue("model", msg.channel, irc.network) or \
            clients.DEFAULT_MODELS["openrouter"]
        completion = self.clients.openrouter.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": prompts.TLDR_SYSTEM},
                      {"role": "user", "content": text}],
            max_tokens=80,
        )
        irc.reply(completion.choices[0].message.content.strip())
    tldr = wrap(tldr, ["text"])

    def explain(self, irc, msg, args, text):
        """<error message>

        Explains an error or log line."""
        message = self.clients.anthropic.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=300,
            system=prompts.EXPLAIN_SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        self._reply_long(irc, message.content[0].text)
    explain = wrap(explain, ["text"])

    @wrap(["owner"])
    def llmping(self, irc, msg, args):
        """takes no arguments

        Checks that the Anthropic key works (owner only, costs a token)."""
        start = time.time()
        try:
            client = anthropic.Anthropic(
                api_key=self.registryValue("anthropicApiKey"))
            client.messages.create(model="claude-3-5-haiku-latest",
                                   max_tokens=1,
                                   messages=[{"role": "user", "content": "ping"}])
        except anthropic.APIError as e:
            irc.reply("anthropic: %s" % e)
            return
        irc.reply("anthropic: pong in %.0fms" % ((time.time() - start) * 1000))

    @wrap(["owner"])
    def ratelimits(self, irc, msg, args):
        """takes no arguments

        Shows the OpenAI rate-limit headers for our key."""
        raw = self.clients.openai.chat.completions.with_raw_response.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "hi"}],
            max_tokens=1,
        )
        h = raw.headers
        irc.reply("requests left: %s/%s, tokens left: %s/%s" % (
            h.get("x-ratelimit-remaining-requests"),
            h.get("x-ratelimit-limit-requests"),
            h.get("x-ratelimit-remaining-tokens"),
            h.get("x-ratelimit-limit-tokens")))

    @wrap(["text"])
    def compare(self, irc, msg, args, question):
        """<question>

        Asks OpenAI and Anthropic the same question."""
        for name, answer in fanout.compare(question, self._keys()):
            irc.reply("[%s] %s" % (name, " ".join(answer.split())[:350]))

    def _quick(self, kind, irc, msg, text):
        provider = self.registryValue("provider", msg.channel, irc.network)
        irc.reply(quick.run(kind, text, provider, self._keys()))

    @wrap(["text"])
    def define(self, irc, msg, args, text):
        """<term>"""
        self._quick("define", irc, msg, text)

    @wrap(["text"])
    def eli5(self, irc, msg, args, text):
        """<thing>"""
        self._quick("eli5", irc, msg, text)

    @wrap(["text"])
    def regex(self, irc, msg, args, text):
        """<what to match>"""
        self._quick("regex", irc, msg, text)

    @wrap([("checkChannelCapability", "op"), "text"])
    def imagine(self, irc, msg, args, channel, prompt):
        """[<channel>] <prompt>

        Generates an image (ops only)."""
        url, note = images.imagine(prompt, self.registryValue("openaiApiKey"))
        if url is None:
            irc.error(note)
        else:
            irc.reply(url)

    @wrap(["text"])
    def similar(self, irc, msg, args, text):
        """<text>

        Finds scrollback lines similar to <text>."""
        hits = self.embeddings.most_similar(
            text, self.scrollback.recent(msg.channel))
        if not hits:
            irc.reply(_("Nothing similar."))
        else:
            irc.replies(hits)

    @wrap(["text"])
    def longask(self, irc, msg, args, question):
        """<question>

        Like ask, but streams a longer answer line by line."""
        backend = self._backend(msg.channel, irc.network)
        system = self.registryValue("systemPrompt", msg.channel, irc.network)
        sent = 0
        for line in streaming.stream_for(
                backend, prompts.chat_messages(system, question)):
            irc.reply(line, prefixNick=(sent == 0))
            sent += 1
            if sent >= 8:
                irc.reply(_("(truncated)"), prefixNick=False)
                break

    @wrap(["url"])
    def transcribe(self, irc, msg, args, url):
        """<url>

        Transcribes a voice note."""
        if not audio.looks_like_audio(url):
            irc.error(_("That doesn't look like an audio file."), Raise=True)
        text = audio.transcribe(url, self.registryValue("groqApiKey"))
        self._reply_long(irc, text)

    @wrap(["text"])
    def oldask(self, irc, msg, args, question):
        """<question>

        Legacy ask (openai<1.0). Only when legacyMode is on."""
        if not self.registryValue("legacyMode"):
            irc.error(_("legacyMode is off, use ask."), Raise=True)
        system = self.registryValue("systemPrompt", msg.channel, irc.network)
        irc.reply(legacy_openai.old_ask(question, system))

    @wrap(["channel", optional("something")])
    def who(self, irc, msg, args, channel, prefix):
        """[<channel>] <nick prefix>

        Completes a nick from the scrollback (handy on mobile)."""
        nick = self.scrollback.nicks[channel].completion(prefix or "")
        irc.reply(nick or _("No unique match."))

    # --- passive listening ------------------------------------------------

    def _passive_answer(self, irc, msg, question):
        provider = self.registryValue("provider", msg.channel, irc.network)
        system = self.registryValue("systemPrompt", msg.channel, irc.network)
        messages = prompts.chat_messages(system, question)
        if provider == "mistral":
            fut = self._pool.submit(self.clients.mistral.chat.complete,
                                    model="mistral-small-latest",
                                    messages=messages, max_tokens=200)
            text = fut.result(timeout=30).choices[0].message.content
        else:
            # Groq is cheap and fast enough for drive-by questions.
            resp = self.clients.groq.chat.completions.create(
                model="llama-3.1-8b-instant",
                messages=messages,
                max_tokens=200,
            )
            text = resp.choices[0].message.content
        irc.reply(text, to=msg.channel, prefixNick=True)

    def _moderate(self, irc, msg, text):
        provider = self.registryValue("moderationProvider", msg.channel,
                                      irc.network)
        verdict = moderation.check(self.clients, provider, msg.nick, text)
        if verdict and self.cooldown.ready((msg.channel, msg.nick)):
            note = "[mod] %s in %s: %s (%s)" % (
                msg.nick, msg.channel, utils.str.ellipsisify(text, 120),
                ", ".join(verdict.categories))
            for op in irc.state.channels[msg.channel].ops:
                irc.queueMsg(ircmsgs.notice(op, note))

    def doPrivmsg(self, irc, msg):
        if not msg.channel or ircmsgs.isCtcp(msg) and not ircmsgs.isAction(msg):
            return
        if callbacks.addressed(irc, msg):
            # commands are handled by the command dispatcher
            return
        text = ircmsgs.unAction(msg) if ircmsgs.isAction(msg) else msg.args[1]
        self.scrollback.add(msg.channel, msg.nick, text,
                            action=ircmsgs.isAction(msg))
        if self.registryValue("moderate", msg.channel, irc.network):
            try:
                self._moderate(irc, msg, text)
            except Exception:
                self.log.exception("LLM: moderation failed")
        if not self.registryValue("passive", msg.channel, irc.network):
            return
        if ircutils.nickEqual(msg.nick, irc.nick):
            return
        mentioned = irc.nick.lower() in text.lower()
        if mentioned and QUESTION_RE.search(text):
            question = re.sub(re.escape(irc.nick) + r"[:,]?\s*", "", text,
                              flags=re.I)
            try:
                self._passive_answer(irc, msg, question)
            except Exception:
                self.log.exception("LLM: passive answer failed")


Class = LLM


# vim:set shiftwidth=4 tabstop=4 expandtab textwidth=79:
