from kedro.pipeline import Pipeline, node, pipeline

from .nodes import (
    check_translation_consistency,
    fact_check_low_scores,
    judge_descriptions,
    moderate_copy,
    rejudge_borderline,
    score_readability,
    write_review_summary,
)


def create_pipeline(**kwargs) -> Pipeline:
    return pipeline(
        [
            node(moderate_copy, "product_descriptions", "moderated_descriptions", name="moderate_copy"),
            node(
                judge_descriptions,
                ["moderated_descriptions", "params:quality_review"],
                "judged_descriptions",
                name="judge_descriptions",
            ),
            node(
                rejudge_borderline,
                ["judged_descriptions", "params:quality_review"],
                "rejudged_descriptions",
                name="rejudge_borderline",
            ),
            node(
                score_readability,
                ["rejudged_descriptions", "params:quality_review"],
                "scored_descriptions",
                name="score_readability",
            ),
            node(
                check_translation_consistency,
                ["scored_descriptions", "params:quality_review"],
                "consistency_checked_descriptions",
                name="check_translation_consistency",
            ),
            node(
                fact_check_low_scores,
                ["consistency_checked_descriptions", "params:quality_review"],
                "reviewed_descriptions",
                name="fact_check_low_scores",
            ),
            node(write_review_summary, "reviewed_descriptions", "qa_summary_text", name="write_review_summary"),
        ],
        tags=["llm", "qa"],
    )
