"""Module-level trame server (the original single-file app, still used by
`python -m assistant --legacy` and by ui.py)."""
from __future__ import annotations

import logging

from trame.app import asynchronous, get_server

from assistant.config import get_settings
from assistant.data.loaders import Dataset, load_upload
from assistant.data.plots import PlotSpec, figures
from assistant.features import explain_plot, qa
from assistant.history import Turn, TurnRepository
from assistant.llm import get_genai_client, get_openai_client
from assistant.llm.prompts import SYSTEM_ANALYST
from assistant.llm.tokens import completion_cost

log = logging.getLogger(__name__)

server = get_server(client_type="vue3")
state, ctrl = server.state, server.controller

settings = get_settings()
history = TurnRepository()
answerer = qa.QuestionAnswerer()

# Server-side objects that cannot live in (JSON) state.
CURRENT: dict[str, object] = {"dataset": None, "figure": None, "spec": PlotSpec()}

state.trame__title = "Science Assistant"
state.question = ""
state.answer = ""
state.busy = False
state.provider = settings.default_provider
state.columns = []
state.x_col = None
state.y_col = None
state.plot_kind = "scatter"
state.explanation = ""
state.cost = 0.0
state.hint = ""
state.followups = []


def _dataset() -> Dataset | None:
    return CURRENT["dataset"]  # type: ignore[return-value]


def _refresh_plot():
    ds = _dataset()
    spec = PlotSpec(kind=state.plot_kind, x=state.x_col, y=state.y_col, title=ds.name if ds else "")
    CURRENT["spec"] = spec
    fig = figures.create(ds, spec) if ds is not None else figures.empty()
    CURRENT["figure"] = fig
    ctrl.update_plot(fig)


@state.change("file_upload")
def on_upload(file_upload, **kwargs):
    if not file_upload:
        return
    ds = load_upload(file_upload)
    CURRENT["dataset"] = ds
    state.columns = list(ds.frame.columns)
    numeric = ds.frame.select_dtypes("number").columns
    state.x_col = numeric[0] if len(numeric) else None
    state.y_col = numeric[1] if len(numeric) > 1 else None
    _refresh_plot()


@state.change("x_col", "y_col", "plot_kind")
def on_plot_params(**kwargs):
    state.explanation = ""
    _refresh_plot()


@state.change("question")
def on_question_typed(question, **kwargs):
    # live "did you mean a column" suggestion, no model call here
    ds = _dataset()
    if not ds or not question:
        state.hint = ""
        return
    words = {w.strip("?,.").lower() for w in question.split()}
    matches = [c for c in ds.frame.columns if c.lower() in words]
    state.hint = f"Using column(s): {', '.join(matches)}" if matches else ""


@ctrl.add("on_ask")
def on_ask():
    asynchronous.create_task(_ask(state.question))


async def _ask(question: str):
    if not question.strip():
        return
    with state:
        state.busy = True
    session = state.session_id or "default"
    history.create(Turn(session, "user", question))
    past = [{"role": t.role, "content": t.content} for t in history.for_session(session)]
    try:
        answerer.provider_name = state.provider
        text = await answerer.answer(question, _dataset(), past[:-1])
        followups = await qa.suggest_followups(question, text)
    except Exception as exc:  # noqa: BLE001 - show the error in the UI
        log.exception("ask failed")
        text, followups = f"⚠️ {exc}", []
    history.create(Turn(session, "assistant", text, provider=state.provider))
    with state:
        state.answer = text
        state.followups = followups
        state.busy = False


@ctrl.add("on_explain")
def on_explain():
    fig = CURRENT["figure"]
    if fig is None:
        return
    provider = "gemini" if state.provider == "gemini" else "openai"
    state.explanation = explain_plot.explain(fig, CURRENT["spec"], provider=provider)


def on_title_suggest():
    ds = _dataset()
    if ds is None:
        return
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=settings.openai_model,
        messages=[
            {"role": "system", "content": SYSTEM_ANALYST},
            {"role": "user", "content": f"Suggest a short plot title for {state.y_col} vs {state.x_col} in {ds.name}."},
        ],
        max_tokens=20,
    )
    state.plot_title = resp.choices[0].message.content.strip().strip('"')
    state.cost += completion_cost(settings.openai_model, resp.usage.prompt_tokens, resp.usage.completion_tokens)


ctrl.on_title_suggest = on_title_suggest


@ctrl.add("on_caption")
def on_caption():
    """Short figure caption for export; Gemini is cheapest for this."""
    ds = _dataset()
    if ds is None:
        return
    gemini = get_genai_client()
    response = gemini.models.generate_content(
        model=settings.gemini_model,
        contents=f"Write a one-sentence figure caption: {state.plot_kind} of {state.y_col} against {state.x_col}.",
    )
    state.caption = response.text


@ctrl.add("clear_history")
def clear_history():
    history.clear(state.session_id or "default")
    state.answer = ""
    state.followups = []
