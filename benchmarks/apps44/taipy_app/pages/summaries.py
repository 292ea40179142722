"""Summaries page: upload documents, run the ``documents`` scenario, or
summarise one document right away."""
from __future__ import annotations

import taipy as tp
from taipy.gui import Markdown, State, invoke_long_callback, notify

from algos.legacy_summarize import quick_summary, title_for
from algos.summarize import extract_action_items, summarize_one
from algos.translate import translate_all
from llm import get_openai_client
from llm.tokens import estimate_cost
from utils.io import load_documents, read_text

uploaded_paths: list[str] = []
selected_doc: str = ""
doc_text: str = ""
summary_text: str = ""
summary_provider: str = "openai"
summary_providers = ["openai", "anthropic", "tracked"]
max_words: int = 150
summary_style: str = "bullet points"
estimated_cost: str = "-"
documents_scenario = None
summaries_table: list[dict] = []
running: bool = False
action_items: list[dict] = []
translations: dict = {}
target_lang = "fr"

summaries_md = """
# Document summaries

<|layout|columns=1 2|
<|part|
<|{uploaded_paths}|file_selector|multiple|extensions=.txt,.md,.pdf|on_action=on_upload|label=Upload documents|>

<|{summary_provider}|selector|lov={summary_providers}|dropdown|label=Provider|>
<|{max_words}|slider|min=50|max=500|step=50|>
<|{summary_style}|input|label=Style|>

Estimated cost: <|{estimated_cost}|text|>

<|Summarise now|button|on_action=on_summarise_now|active={not running}|>
<|Quick summary (legacy)|button|on_action=on_quick_summary|>
<|Run scenario|button|on_action=on_run_scenario|>
<|Suggest title|button|on_action=on_suggest_title|>
|>

<|part|
<|{doc_text}|input|multiline|lines_shown=12|class_name=fullwidth|>

## Summary
<|{summary_text}|text|mode=markdown|>

<|{summaries_table}|table|columns=name;summary|page_size=10|>

<|Extract action items|button|on_action=on_actions|>
<|{action_items}|table|columns=owner;action;due|>

<|{target_lang}|selector|lov=fr;de;es;it|dropdown|>
<|Translate summary|button|on_action=on_translate|>
|>
|>
"""


def on_upload(state: State, id, payload):
    docs = load_documents(state.uploaded_paths if isinstance(state.uploaded_paths, list) else [state.uploaded_paths])
    if not docs:
        notify(state, "warning", "No supported files")
        return
    state.doc_text = docs[0]["text"]
    state.selected_doc = docs[0]["name"]
    state.estimated_cost = f"${estimate_cost('gpt-4o-mini', state.doc_text):.4f}"


def _summarise_worker(text: str, provider: str, words: int, style: str) -> str:
    return summarize_one(text, provider=provider, max_words=words, style=style)


def _on_summary_done(state: State, status, result):
    state.running = False
    if isinstance(status, bool) and not status:
        notify(state, "error", "Summary failed")
        return
    state.summary_text = result
    notify(state, "success", "Summary ready")


def on_summarise_now(state: State):
    if not state.doc_text.strip():
        notify(state, "warning", "Upload or paste a document first")
        return
    state.running = True
    invoke_long_callback(
        state,
        _summarise_worker,
        [state.doc_text, state.summary_provider, state.max_words, state.summary_style],
        _on_summary_done,
    )


def on_quick_summary(state: State):
    # TODO(marta): port to summarize_one once the legacy prompt is matched
    state.summary_text = quick_summary(state.doc_text)


def on_suggest_title(state: State):
    state.summary_text = f"**{title_for(state.doc_text)}**\n\n" + state.summary_text


def on_rewrite(state: State, id, payload):
    """Rewrites the current summary in a friendlier tone (bound from the context menu)."""
    client = get_openai_client()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Rewrite in a friendly, plain tone. Keep all facts."},
            {"role": "user", "content": state.summary_text},
        ],
    )
    state.summary_text = resp.choices[0].message.content


def on_actions(state: State):
    try:
        state.action_items = extract_action_items(state.doc_text)
    except Exception as exc:
        notify(state, "error", f"Extraction failed: {exc}")


def on_translate(state: State):
    import asyncio

    if not state.summary_text:
        notify(state, "warning", "Nothing to translate yet")
        return
    result = asyncio.run(translate_all(state.summary_text, [state.target_lang]))
    state.translations = result
    state.summary_text = result.get(state.target_lang, state.summary_text)


def on_run_scenario(state: State):
    scenario = tp.create_scenario(tp.Config.scenarios["documents"], name=state.selected_doc or "upload")
    scenario.raw_documents.write(load_documents(list(state.uploaded_paths)))
    scenario.summary_options.write(
        {"provider": state.summary_provider, "max_words": state.max_words, "style": state.summary_style}
    )
    tp.submit(scenario)
    state.documents_scenario = scenario
    notify(state, "info", "Scenario submitted")


def refresh_table(state: State):
    if state.documents_scenario and state.documents_scenario.summaries.is_ready_for_reading:
        state.summaries_table = state.documents_scenario.summaries.read()


def load_local_file(path: str) -> str:
    return read_text(path)


summaries_page = Markdown(summaries_md)
