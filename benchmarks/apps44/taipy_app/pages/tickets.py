"""Tickets page (page builder API; Alex prefers it over Markdown strings)."""
from __future__ import annotations

import pandas as pd
import taipy as tp
import taipy.gui.builder as tgb
from taipy.gui import State, notify

from algos.classify import TicketClassifier, classify_quick
from llm import COMPLETERS, get_together_client
from llm.bedrock import invoke_claude
from llm.prompts import TICKET_LABELS

tickets_df = pd.DataFrame(columns=["id", "subject", "body", "label", "confidence"])
try_subject = ""
try_body = ""
try_provider = "openai"
try_result = ""
providers = list(COMPLETERS)
label_filter = "all"
label_options = ["all"] + TICKET_LABELS
reply_draft = ""
selected_ticket: dict = {}
priority = ""

_classifier: TicketClassifier | None = None


def _get_classifier() -> TicketClassifier:
    global _classifier
    if _classifier is None:
        _classifier = TicketClassifier()
    return _classifier


def on_try(state: State):
    if not state.try_body:
        notify(state, "warning", "Paste a ticket body")
        return
    state.try_result = classify_quick(state.try_subject, state.try_body, provider=state.try_provider)


def on_try_precise(state: State):
    pred = _get_classifier().predict(state.try_subject, state.try_body)
    state.try_result = f"{pred.label} ({pred.confidence:.0%}, {pred.source})"


def on_classify_all(state: State):
    scenario = tp.create_scenario(tp.Config.scenarios["tickets"])
    scenario.tickets.write(state.tickets_df)
    scenario.submit(wait=True, timeout=600)
    state.tickets_df = scenario.classified_tickets.read()
    notify(state, "success", f"Classified {len(state.tickets_df)} tickets")


def on_row_select(state: State, var_name: str, payload: dict):
    idx = payload.get("index")
    if idx is None:
        return
    state.selected_ticket = state.tickets_df.iloc[idx].to_dict()


def on_draft_reply(state: State):
    t = state.selected_ticket
    if not t:
        return
    client = get_together_client()
    resp = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[
            {"role": "system", "content": "Draft a short, polite support reply. Sign as 'Support team'."},
            {"role": "user", "content": f"Category: {t.get('label')}\nSubject: {t.get('subject')}\n\n{t.get('body')}"},
        ],
        max_tokens=400,
    )
    state.reply_draft = resp.choices[0].message.content


def on_priority(state: State):
    """P1-P4 estimate; runs on Bedrock because the SLA data must stay in our AWS account."""
    t = state.selected_ticket
    if not t:
        notify(state, "warning", "Select a ticket first")
        return
    answer = invoke_claude(
        f"Subject: {t.get('subject')}\n\n{t.get('body')}",
        system="Reply with P1, P2, P3 or P4 only. P1 = outage affecting many customers.",
    )
    state.priority = answer.strip()[:2]


def filtered(df: pd.DataFrame, label: str) -> pd.DataFrame:
    return df if label == "all" else df[df["label"] == label]


with tgb.Page() as tickets_page:
    tgb.text("# Support tickets", mode="md")
    with tgb.layout(columns="2 1"):
        with tgb.part():
            tgb.selector("{label_filter}", lov="{label_options}", dropdown=True, label="Label")
            tgb.table("{filtered(tickets_df, label_filter)}", page_size=15, on_action=on_row_select)
            tgb.button("Classify all", on_action=on_classify_all)
        with tgb.part():
            tgb.text("## Try it", mode="md")
            tgb.input("{try_subject}", label="Subject")
            tgb.input("{try_body}", label="Body", multiline=True, lines_shown=6)
            tgb.selector("{try_provider}", lov="{providers}", dropdown=True)
            tgb.button("Classify", on_action=on_try)
            tgb.button("Classify (tool use)", on_action=on_try_precise)
            tgb.text("{try_result}")
            tgb.text("## Reply draft", mode="md")
            tgb.button("Draft reply", on_action=on_draft_reply)
            tgb.button("Estimate priority", on_action=on_priority)
            tgb.text("Priority: {priority}")
            tgb.text("{reply_draft}", mode="pre")
