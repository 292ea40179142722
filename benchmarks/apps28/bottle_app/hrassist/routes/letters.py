"""HR letter drafting (offer, reference, parental leave...).

Still on the old ``request.environ`` style: the before_request hook puts an
Anthropic client under ``hr.anthropic``.  HR partners review every draft
before it is sent, nothing here goes out automatically.
"""

from __future__ import annotations

import logging

import bottle
from bottle import Bottle, abort, request, template

from hrassist.hooks import ENV_ANTHROPIC, current_user, install_hooks
from hrassist.prompts import LETTER_KINDS, SYSTEM_LETTER_WRITER, PromptTemplate

log = logging.getLogger(__name__)

app = Bottle()
install_hooks(app)

MAX_DRAFT_TOKENS = 1500

_templates = {kind: PromptTemplate(text, required=("name",)) for kind, text in LETTER_KINDS.items()}


def _brief(kind: str, form) -> str:
    tpl = _templates.get(kind)
    if tpl is None:
        abort(404, f"unknown letter kind {kind}")
    values = {k: form.getunicode(k) or "" for k in ("name", "role", "start", "end", "salary")}
    brief = tpl.generate(**values)
    notes = (form.getunicode("notes") or "").strip()
    if notes:
        brief += f"\nAdditional notes from the HR partner: {notes}"
    return brief


@app.get("/")
def letters_index():
    return template("letters", kinds=sorted(LETTER_KINDS))


@app.post("/<kind>/draft")
def draft(kind):
    brief = _brief(kind, request.forms)
    client = request.environ[ENV_ANTHROPIC]
    model = request.app.config.get("hr.anthropic_model", "claude-3-5-sonnet-20241022")

    # budget check first - the count_tokens endpoint is free
    estimate = client.messages.count_tokens(
        model=model,
        system=SYSTEM_LETTER_WRITER,
        messages=[{"role": "user", "content": brief}],
    )
    if estimate.input_tokens > 8000:
        abort(413, "Brief too long")

    message = client.messages.create(
        model=model,
        max_tokens=MAX_DRAFT_TOKENS,
        system=SYSTEM_LETTER_WRITER,
        messages=[{"role": "user", "content": brief}],
    )
    body = "".join(block.text for block in message.content if block.type == "text")
    store = request.app.config["hr.store"]
    letter_id = store.letters.create(kind=kind, employee=request.forms.getunicode("name"), body=body)
    log.info("letter %s drafted by %s (%s in / %s out tokens)", letter_id, current_user(),
             message.usage.input_tokens, message.usage.output_tokens)
    return template("letter_draft", kind=kind, body=body, letter_id=letter_id)


@app.post("/<kind>/draft/stream")
def draft_stream(kind):
    brief = _brief(kind, request.forms)
    model = request.app.config.get("hr.anthropic_model", "claude-3-5-sonnet-20241022")
    bottle.response.content_type = "text/plain; charset=utf-8"

    def gen():
        with request.environ[ENV_ANTHROPIC].messages.stream(
            model=model,
            max_tokens=MAX_DRAFT_TOKENS,
            system=SYSTEM_LETTER_WRITER,
            messages=[{"role": "user", "content": brief}],
        ) as stream:
            for text in stream.text_stream:
                yield text

    return gen()


@app.post("/<letter_id:int>/polish")
def polish(letter_id):
    """Second pass: make the tone friendlier.  Uses the chat client (OpenAI/Azure)."""
    store = request.app.config["hr.store"]
    letter = store.letters.get(letter_id)
    if letter is None:
        abort(404)
    chat = request.environ["hr.chat"]
    resp = chat.chat.completions.create(
        model=request.app.config["hr.openai_model"],
        messages=[
            {"role": "system", "content": "Rewrite HR letters in a warmer tone. Keep every fact."},
            {"role": "user", "content": letter["body"]},
        ],
        temperature=0.4,
    )
    body = resp.choices[0].message.content or letter["body"]
    new_id = store.letters.create(kind=letter["kind"], employee=letter["employee"], body=body)
    return template("letter_draft", kind=letter["kind"], body=body, letter_id=new_id)
