"""Contract review tool (Gradio Blocks)."""
from __future__ import annotations

import json

import gradio as gr

from common.auth import require_user
from common.errors import user_facing
from common.multi_model_service import TaskComplexity, multi_model_service

from . import analyzer, clause_extractor, redline
from .documents import load_contract_text


@user_facing
def on_upload(file):
    if file is None:
        return "", gr.update(interactive=False)
    text = load_contract_text(file.name if hasattr(file, "name") else file)
    return text, gr.update(interactive=True)


@user_facing
def on_review(contract: str, counterparty: str, deal_size: str, request: gr.Request):
    require_user(request)
    return analyzer.review_contract(contract, counterparty or "unknown", deal_size or "n/a")


@user_facing
def on_extract(contract: str, clause_types):
    result = clause_extractor.extract_clauses(contract, list(clause_types or []))
    rows = [[c["clause_type"], c["reference"], c["text"][:400]] for c in result["clauses"]]
    return rows, json.dumps(result, indent=2)


async def on_plain_english(contract: str, request: gr.Request):
    email = require_user(request)
    return await multi_model_service.generate_response(
        prompt=(
            "Explain this contract in plain English for a sales rep, in under 200 words:\n\n"
            + contract[:60_000]
        ),
        task_type="contract_plain_english",
        complexity=TaskComplexity.SIMPLE,
        user_email=email,
    )


async def on_obligations(contract: str):
    return await analyzer.summarise_obligations(contract)


def on_ask(question: str, history, contract: str):
    history = history or []
    pairs = [(h["content"], a["content"]) for h, a in zip(history[::2], history[1::2])]
    history = history + [{"role": "user", "content": question},
                         {"role": "assistant", "content": ""}]
    for partial in analyzer.answer_question(contract, question, pairs):
        history[-1]["content"] = partial
        yield history, ""


def on_compare(ours_file, theirs_file):
    ours = load_contract_text(ours_file)
    theirs = load_contract_text(theirs_file)
    yield from redline.stream_comparison(ours, theirs)


def build_app() -> gr.Blocks:
    with gr.Blocks(title="Contract review", theme=gr.themes.Soft()) as demo:
        gr.Markdown("# Contract review\nFirst-pass review against the ACME playbook. "
                    "**Not legal advice** — Legal signs off on anything flagged high risk.")
        contract = gr.State("")
        with gr.Tab("Review"):
            with gr.Row():
                upload = gr.File(label="Contract", file_types=[".pdf", ".docx", ".txt"])
                with gr.Column():
                    counterparty = gr.Textbox(label="Counterparty")
                    deal_size = gr.Dropdown(["< $50k", "$50k–$250k", "> $250k"], label="Deal size")
            review_btn = gr.Button("Review", variant="primary", interactive=False)
            plain_btn = gr.Button("Plain-English summary")
            oblig_btn = gr.Button("Our obligations")
            review_out = gr.Markdown()
        with gr.Tab("Clauses"):
            clause_types = gr.CheckboxGroup(
                [c.value for c in clause_extractor.ClauseType], label="Clause types"
            )
            extract_btn = gr.Button("Extract")
            table = gr.Dataframe(headers=["type", "ref", "text"], wrap=True)
            raw = gr.Code(language="json", label="Raw JSON")
        with gr.Tab("Ask"):
            chat = gr.Chatbot(type="messages", height=480)
            question = gr.Textbox(placeholder="Can they terminate for convenience?")
        with gr.Tab("Compare versions"):
            ours = gr.File(label="Our version")
            theirs = gr.File(label="Their redline")
            compare_btn = gr.Button("Compare")
            compare_out = gr.Markdown()

        upload.upload(on_upload, inputs=upload, outputs=[contract, review_btn])
        review_btn.click(on_review, inputs=[contract, counterparty, deal_size], outputs=review_out)
        plain_btn.click(on_plain_english, inputs=contract, outputs=review_out)
        oblig_btn.click(on_obligations, inputs=contract, outputs=review_out)
        extract_btn.click(on_extract, inputs=[contract, clause_types], outputs=[table, raw])
        question.submit(on_ask, inputs=[question, chat, contract], outputs=[chat, question])
        compare_btn.click(on_compare, inputs=[ours, theirs], outputs=compare_out)
    return demo
