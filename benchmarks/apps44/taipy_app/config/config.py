"""taipy.core configuration: data nodes, tasks and scenarios.

The task functions live in ``algos/``; keep this file free of logic so the
Taipy Studio extension can still parse it.
"""
from __future__ import annotations

from taipy import Config, Frequency, Scope

from algos.chat_data import answer_question
from algos.classify import classify_tickets
from algos.embed import embed_chunks
from algos.chunking import split_documents
from algos.report import build_weekly_report
from algos.summarize import summarize_documents
from config.settings import settings

Config.configure_job_executions(mode="standalone", max_nb_of_workers=2)
Config.configure_core(storage_folder=settings.storage_folder)

# ---------------------------------------------------------------- data nodes
raw_documents_cfg = Config.configure_pickle_data_node(id="raw_documents", default_data=[])
summary_options_cfg = Config.configure_json_data_node(
    id="summary_options",
    default_path="config/summary_options.json",
)
chunks_cfg = Config.configure_pickle_data_node(id="chunks")
embeddings_cfg = Config.configure_pickle_data_node(id="embeddings")
summaries_cfg = Config.configure_data_node(id="summaries", storage_type="pickle")

tickets_cfg = Config.configure_csv_data_node(
    id="tickets",
    default_path="data/tickets.csv",
    scope=Scope.SCENARIO,
)
classified_tickets_cfg = Config.configure_data_node(id="classified_tickets", storage_type="pickle")

dataset_cfg = Config.configure_csv_data_node(id="dataset", default_path="data/sales.csv", scope=Scope.GLOBAL)
question_cfg = Config.configure_data_node(id="question", default_data="")
answer_cfg = Config.configure_data_node(id="answer")

weekly_report_cfg = Config.configure_data_node(id="weekly_report", storage_type="pickle", scope=Scope.CYCLE)

# ---------------------------------------------------------------------- tasks
split_task_cfg = Config.configure_task(
    id="split_documents",
    function=split_documents,
    input=raw_documents_cfg,
    output=chunks_cfg,
    skippable=True,
)
embed_task_cfg = Config.configure_task(
    id="embed_chunks",
    function=embed_chunks,
    input=chunks_cfg,
    output=embeddings_cfg,
    skippable=True,
)
summarize_task_cfg = Config.configure_task(
    id="summarize_documents",
    function=summarize_documents,
    input=[raw_documents_cfg, summary_options_cfg],
    output=summaries_cfg,
)
classify_task_cfg = Config.configure_task(
    id="classify_tickets",
    function=classify_tickets,
    input=tickets_cfg,
    output=classified_tickets_cfg,
)
answer_task_cfg = Config.configure_task(
    id="answer_question",
    function=answer_question,
    input=[dataset_cfg, question_cfg],
    output=answer_cfg,
)
report_task_cfg = Config.configure_task(
    id="weekly_report",
    function=build_weekly_report,
    input=[summaries_cfg, classified_tickets_cfg],
    output=weekly_report_cfg,
)

# ------------------------------------------------------------------ scenarios
documents_scenario_cfg = Config.configure_scenario(
    id="documents",
    task_configs=[split_task_cfg, embed_task_cfg, summarize_task_cfg],
)
tickets_scenario_cfg = Config.configure_scenario(
    id="tickets",
    task_configs=[classify_task_cfg, summarize_task_cfg, report_task_cfg],
    frequency=Frequency.WEEKLY,
)
chat_scenario_cfg = Config.configure_scenario(id="chat_with_data", task_configs=[answer_task_cfg])
