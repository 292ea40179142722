from __future__ import annotations

from zenml import pipeline
from zenml.config import DockerSettings

from config.settings import EvalConfig
from steps.data_loading import load_gold_set
from steps.error_analysis import analyse_failures
from steps.evaluation import generate_candidate_answers, judge_answers, summarize_eval
from steps.tracked_reports import write_eval_report


@pipeline(enable_cache=False, settings={"docker": DockerSettings(requirements="requirements.txt")})
def evaluation_pipeline(config: EvalConfig, write_report: bool = True, analyse: bool = True):
    gold = load_gold_set(dataset_name=config.dataset_name)
    answers = generate_candidate_answers(gold, config)
    graded = judge_answers(answers, config)
    summary = summarize_eval(graded, config)
    if analyse:
        analyse_failures(graded)
    if write_report:
        write_eval_report(summary)
