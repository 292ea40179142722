"""
LLM execution module (OpenAI-backed).

:depends: openai >= 1.0
:configuration: see ``_utils/llm_clients.py``

CLI examples::

    salt '*' llm.summarize "$(cat /var/log/salt/minion)"
    salt web01 llm.classify "disk full on /var" labels='["disk","network","app"]'
"""
import logging

import salt.utils.args
import salt.utils.data
import salt.utils.files
from salt.exceptions import CommandExecutionError

try:
    import tiktoken

    HAS_TIKTOKEN = True
except ImportError:
    HAS_TIKTOKEN = False

log = logging.getLogger(__name__)

__virtualname__ = "llm"
__func_alias__ = {"list_": "list"}


def __virtual__():
    if "llm_clients.get_client" not in __utils__:
        return (False, "llm: the llm_clients utils module failed to load")
    return __virtualname__


def _client(profile=None):
    return __utils__["llm_clients.get_client"](profile)


def _model(profile=None, model=None):
    return model or __utils__["llm_clients.default_model"](profile)


def summarize(text=None, path=None, style="bullets", profile=None, model=None, max_tokens=600):
    """
    Summarize text or the contents of a file on the minion.

    CLI Example::

        salt '*' llm.summarize path=/var/log/nginx/error.log
    """
    if path:
        with salt.utils.files.fopen(path, "r") as fh:
            text = fh.read()
    if not text:
        raise CommandExecutionError("Nothing to summarize")
    prompt = __utils__["llm_prompts.summarize_prompt"](text, style=style)
    client = _client(profile)
    resp = client.chat.completions.create(
        model=_model(profile, model),
        messages=__utils__["llm_prompts.as_messages"](prompt),
        max_tokens=max_tokens,
        temperature=0.1,
    )
    return resp.choices[0].message.content


def classify(text, labels, profile=None, model=None):
    """
    Classify ``text`` into one of ``labels`` using the Responses API.
    """
    labels = salt.utils.args.split_input(labels)
    client = _client(profile)
    resp = client.responses.create(
        model=_model(profile, model),
        instructions="Answer with exactly one of: {}".format(", ".join(labels)),
        input=text,
        max_output_tokens=16,
    )
    answer = resp.output_text.strip().lower()
    return answer if answer in labels else None


def embed(texts, model="text-embedding-3-small", profile=None):
    """
    Return embeddings for a list of strings.
    """
    texts = salt.utils.args.split_input(texts) if isinstance(texts, str) else texts
    result = _client(profile).embeddings.create(model=model, input=texts)
    return [item.embedding for item in result.data]


def moderate(text, profile=None):
    """
    Run the moderation endpoint before we forward user-supplied text (motd,
    ticket bodies) anywhere.
    """
    out = _client(profile).moderations.create(model="omni-moderation-latest", input=text)
    res = out.results[0]
    return {"flagged": res.flagged, "categories": res.categories.model_dump()}


def chat(prompt, system=None, profile=None, model=None, stream=False):
    """
    Free-form chat. With ``stream=True`` the chunks are fired as events on
    ``salt/llm/<minion>/chunk`` so the master UI can show progress.
    """
    client = _client(profile)
    messages = __utils__["llm_prompts.as_messages"](prompt, system=system)
    if not stream:
        resp = client.chat.completions.create(model=_model(profile, model), messages=messages)
        return resp.choices[0].message.content

    pieces = []
    for chunk in client.chat.completions.create(
        model=_model(profile, model), messages=messages, stream=True
    ):
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content or ""
        pieces.append(delta)
        __salt__["event.send"](
            "salt/llm/{}/chunk".format(__opts__["id"]), {"delta": delta}
        )
    return "".join(pieces)


def list_(profile=None):
    """
    List models available to the configured key.
    """
    return sorted(m.id for m in _client(profile).models.list())


def count_tokens(text, model="gpt-4o-mini"):
    """
    Count tokens locally (no API call).
    """
    if not HAS_TIKTOKEN:
        return len(text) // 4
    enc = tiktoken.encoding_for_model(model)
    return len(enc.encode(text))


def upload_batch(path, profile=None):
    """
    Upload a JSONL file for the batch API. Creating the batch itself is done
    from the ``llm_batch`` runner on the master.
    """
    with salt.utils.files.fopen(path, "rb") as fh:
        f = _client(profile).files.create(file=fh, purpose="batch")
    return salt.utils.data.decode(f.model_dump())
