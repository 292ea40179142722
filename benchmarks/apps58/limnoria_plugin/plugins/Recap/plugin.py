###
# Copyright (c) 2024, the #help-ops team
###

import time

from supybot import callbacks, conf, ircmsgs, log, schedule, world
from supybot.commands import *

try:
    from supybot.i18n import PluginInternationalization

    _ = PluginInternationalization("Recap")
except ImportError:
    _ = lambda x: x

from .local import highlights
from .local.store import RecapStore

try:
    from LLM.local.multi_model_service import multi_model_service
    from LLM.local.fanout import run_sync
    from LLM.local.scrollback import Scrollback
except ImportError:
    from supybot.plugins.LLM.local.multi_model_service import multi_model_service
    from supybot.plugins.LLM.local.fanout import run_sync
    from supybot.plugins.LLM.local.scrollback import Scrollback

RECAP_SYSTEM = ("Write a recap of today's IRC discussion as at most five "
                "bullet points starting with '- '. Skip greetings.")


class Recap(callbacks.Plugin):
    """Daily channel recaps. Needs the LLM plugin."""

    threaded = True

    def __init__(self, irc):
        self.__parent = super(Recap, self)
        self.__parent.__init__(irc)
        self.store = RecapStore(conf.supybot.directories.data.dirize("Recap.json"))
        self._event = "recap-hourly"
        schedule.addPeriodicEvent(self._tick, 3600, name=self._event, now=False)

    def die(self):
        try:
            schedule.removeEvent(self._event)
        except KeyError:
            pass
        self.__parent.die()

    def _llm(self, irc):
        cb = irc.getCallback("LLM")
        if cb is None:
            irc.error(_("The LLM plugin is not loaded."), Raise=True)
        return cb

    def _transcript(self, llm, channel, hours=24):
        lines = llm.scrollback.recent(channel, since=time.time() - hours * 3600)
        return Scrollback.render(lines)

    def _make_recap(self, irc, channel):
        llm = self._llm(irc)
        transcript = self._transcript(llm, channel)
        if not transcript:
            return None, None
        style = self.registryValue("style", channel, irc.network)
        if self.registryValue("tracked", channel, irc.network):
            text = run_sync(multi_model_service.generate_response(
                prompt=transcript, task_type="recap", system=RECAP_SYSTEM,
                channel=channel))
            return text, "tracked"
        if style == "anthropic":
            msg = llm.clients.anthropic.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=500,
                system=RECAP_SYSTEM,
                messages=[{"role": "user", "content": transcript}],
            )
            return msg.content[0].text, msg.model
        if style == "mistral":
            text = highlights.topic_suggestion(llm.clients.mistral, transcript)
            return text, "mistral-small-latest"
        groq_client = llm.clients.groq
        resp = groq_client.chat.completions.create(
            model="llama-3.3-70b-versatile",
            messages=[{"role": "system", "content": RECAP_SYSTEM},
                      {"role": "user", "content": transcript}],
            max_tokens=500,
        )
        return resp.choices[0].message.content, resp.model

    def _tick(self):
        hour = time.gmtime().tm_hour
        for irc in world.ircs:
            for channel in list(irc.state.channels):
                if not self.registryValue("enabled", channel, irc.network):
                    continue
                if self.registryValue("hourUTC", channel, irc.network) != hour:
                    continue
                try:
                    text, model = self._make_recap(irc, channel)
                except Exception:
                    log.exception("Recap: failed for %s", channel)
                    continue
                if text:
                    self.store.create(channel, text, model)
                    for line in text.splitlines()[:6]:
                        irc.queueMsg(ircmsgs.privmsg(channel, line))

    @wrap(["inChannel", optional(("literal", ("last", "now")), "last")])
    def recap(self, irc, msg, args, channel, when):
        """[<channel>] [last|now]

        Shows the last posted recap, or makes one now."""
        if when == "last":
            entry = self.store.last(channel)
            if entry:
                irc.replies(entry["text"].splitlines())
                return
        text, model = self._make_recap(irc, channel)
        if not text:
            irc.reply(_("Nothing happened today."))
            return
        self.store.create(channel, text, model)
        irc.replies(text.splitlines())

    @wrap([("checkChannelCapability", "op")])
    def highlights(self, irc, msg, args, channel):
        """[<channel>]

        Weekly highlights (ops only)."""
        llm = self._llm(irc)
        transcript = self._transcript(llm, channel, hours=24 * 7)
        key = self.registryValue("highlightsKey") or \
            llm.registryValue("openaiApiKey")
        irc.replies(highlights.weekly_highlights(transcript, key).splitlines())

    @wrap(["inChannel"])
    def missed(self, irc, msg, args, channel):
        """[<channel>]

        What happened since you last spoke."""
        llm = self._llm(irc)
        lines = llm.scrollback.recent(channel)
        mine = [i for i, l in enumerate(lines) if l.nick == msg.nick]
        since = lines[mine[-2] + 1:] if len(mine) > 1 else lines
        mistral = llm.clients.mistral
        res = mistral.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "system", "content": RECAP_SYSTEM},
                      {"role": "user", "content": Scrollback.render(since)}],
        )
        irc.replies(res.choices[0].message.content.splitlines()[:5],
                    private=True)


Class = Recap
