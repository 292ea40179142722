"""
Anthropic Claude execution module.

CLI examples::

    salt '*' claude.ask "why is chronyd drifting?"
    salt '*' claude.explain_state /srv/salt/nginx/init.sls
"""
import asyncio
import logging

import salt.utils.files

try:
    import anthropic

    HAS_ANTHROPIC = True
except ImportError:
    HAS_ANTHROPIC = False

log = logging.getLogger(__name__)

__virtualname__ = "claude"

DEFAULT_MODEL = "claude-3-5-sonnet-latest"


def __virtual__():
    if not HAS_ANTHROPIC:
        return (False, "claude: anthropic SDK not available")
    return __virtualname__


def ask(question, model=DEFAULT_MODEL, max_tokens=1024, profile="claude"):
    """
    Ask Claude a question.
    """
    msg = __utils__["llm_clients.get_client"](profile).messages.create(
        model=model,
        max_tokens=max_tokens,
        system="You are a Linux ops expert. Answer briefly.",
        messages=[{"role": "user", "content": question}],
    )
    return "".join(block.text for block in msg.content if block.type == "text")


def explain_state(path, model=DEFAULT_MODEL, profile="claude"):
    """
    Stream an explanation of an SLS file; returns the full text.
    """
    with salt.utils.files.fopen(path, "r") as fh:
        sls = fh.read()
    client = __utils__["llm_clients.get_client"](profile)
    text = []
    with client.messages.stream(
        model=model,
        max_tokens=2048,
        messages=[{"role": "user", "content": "Explain this Salt SLS:\n\n" + sls}],
    ) as stream:
        for piece in stream.text_stream:
            text.append(piece)
    return "".join(text)


def token_count(text, model=DEFAULT_MODEL, profile="claude"):
    """
    Count input tokens with the free counting endpoint.
    """
    client = __utils__["llm_clients.get_client"](profile)
    res = client.messages.count_tokens(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return res.input_tokens


async def _ask_many(questions, model):
    aclient = anthropic.AsyncAnthropic()

    async def one(q):
        resp = await aclient.messages.create(
            model=model,
            max_tokens=512,
            messages=[{"role": "user", "content": q}],
        )
        return resp.content[0].text

    return await asyncio.gather(*(one(q) for q in questions))


def ask_many(questions, model="claude-3-5-haiku-latest"):
    """
    Ask several questions concurrently.

    CLI Example::

        salt-call claude.ask_many '["q1", "q2"]'
    """
    return asyncio.run(_ask_many(list(questions), model))
