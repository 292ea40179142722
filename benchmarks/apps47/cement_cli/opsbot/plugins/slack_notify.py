"""Post digests/incident explanations to Slack.

Long texts are shortened with Claude Haiku first (Slack blocks cap at 3000 chars).
"""
import os

import anthropic
from cement import Controller, ex
from slack_sdk import WebClient

HAIKU = "claude-3-5-haiku-20241022"


def _shorten(text, limit=2800):
    if len(text) <= limit:
        return text
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model=HAIKU,
        max_tokens=700,
        messages=[{"role": "user", "content": f"Shorten to under {limit} characters, keep numbers:\n\n{text}"}],
    )
    return msg.content[0].text[:limit]


class SlackController(Controller):
    class Meta:
        label = "slack"
        stacked_type = "nested"
        stacked_on = "base"
        help = "post to slack"

    @ex(
        help="post a file to the ops channel",
        arguments=[(["path"], {}), (["--channel"], {"default": None})],
    )
    def post(self):
        token = self.app.config.get("slack", "token") or os.environ.get("SLACK_BOT_TOKEN")
        channel = self.app.pargs.channel or self.app.config.get("slack", "channel")
        with open(self.app.pargs.path) as fh:
            text = _shorten(fh.read())
        slack = WebClient(token=token)
        slack.chat_postMessage(channel=channel, text=text, mrkdwn=True)
        self.app.log.info("posted to %s" % channel)


def load(app):
    app.handler.register(SlackController)
