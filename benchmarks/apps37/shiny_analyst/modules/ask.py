"""Ask tab: one-shot questions, answered either in prose or by running code."""
from __future__ import annotations

import logging

import pandas as pd
from shiny import module, reactive, render, req, ui

from services import TaskComplexity, multi_model_service, prompts
from services.code_assistant import CodeAssistant, UnsafeCode
from services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


@module.ui
def ask_ui():
    return ui.layout_columns(
        ui.card(
            ui.input_text_area("question", "Question", rows=3, width="100%",
                               placeholder="Which region had the largest YoY growth?"),
            ui.input_radio_buttons("mode", None, {"prose": "Explain", "code": "Compute with pandas"},
                                   inline=True),
            ui.input_action_button("ask", "Ask", class_="btn-primary"),
            ui.output_ui("answer"),
        ),
        ui.card(
            ui.card_header("Generated code"),
            ui.output_code("code"),
            ui.output_data_frame("result"),
            ui.input_action_button("explain", "Explain this result", class_="btn-sm"),
            ui.output_ui("explanation"),
        ),
        col_widths=[5, 7],
    )


@module.server
def ask_server(input, output, session, dataset, assistant: CodeAssistant, clients: dict):
    answer_text = reactive.value("")
    last_code = reactive.value("")
    last_result = reactive.value(None)

    @reactive.effect
    @reactive.event(input.ask)
    async def _ask():
        ds = dataset()
        q = input.question().strip()
        req(ds, q)
        if input.mode() == "prose":
            with ui.Progress() as p:
                p.set(message="Thinking\u2026")
                text = await multi_model_service.generate_response(
                    prompt=prompts.question_prompt(ds.df, ds.name, q),
                    task_type="dataset_qa",
                    complexity=TaskComplexity.SIMPLE,
                    system=prompts.ANALYST_SYSTEM,
                )
            answer_text.set(text)
            return
        try:
            code, value = await assistant.answer(ds.df, q)
        except UnsafeCode as exc:
            ui.notification_show(f"Refused to run generated code: {exc}", type="warning")
            return
        except Exception as exc:  # noqa: BLE001
            ui.notification_show(f"Code failed: {exc}", type="error")
            return
        last_code.set(code)
        last_result.set(value)
        answer_text.set("")

    @render.ui
    def answer():
        return ui.markdown(answer_text()) if answer_text() else None

    @render.code
    def code():
        return last_code()

    @render.data_frame
    def result():
        value = last_result()
        req(value is not None)
        if isinstance(value, pd.Series):
            value = value.reset_index()
        if not isinstance(value, pd.DataFrame):
            value = pd.DataFrame({"value": [value]})
        return render.DataGrid(value.head(1000))

    @render.ui
    @reactive.event(input.explain)
    async def explanation():
        value = last_result()
        req(value is not None)
        shown = value.head(30).to_string() if hasattr(value, "head") else repr(value)
        client = clients["openai"]
        model = "gpt-4o-mini"
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="explain_result"
        ) as usage_log:
            resp = await client.responses.create(
                model=model,
                instructions="Explain this analysis result to a non-technical reader in 3 sentences.",
                input=f"Question: {input.question()}\nCode:\n{last_code()}\nResult:\n{shown}",
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        return ui.markdown(resp.output_text)

    @reactive.effect
    @reactive.event(input.question)
    async def _flag_question():
        # cheap guard against pasting secrets / abusive text into the prompt box
        q = input.question().strip()
        if len(q) < 12:
            return
        mod = await clients["openai"].moderations.create(
            model="omni-moderation-latest", input=q
        )
        if mod.results and mod.results[0].flagged:
            ui.notification_show("This question was flagged by moderation.", type="warning")
