from kfp import dsl

from components.container_components import llm_eval_harness
from components.eval_components import judge_summaries, judge_with_gemini, pairwise_eval, rerank_eval
from components.lightweight import claude_summarise, cohere_rerank_eval
from components.package_components import run_prompt_batch, summarise_conversations, summarise_tracked


@dsl.pipeline(name="summary-eval", description="Compare Claude summaries (direct vs tracked) and judge them.")
def summary_eval_pipeline(
    project: str,
    conversations_uri: str,
    queries_uri: str,
    prompts_uri: str,
    claude_region: str = "us-east5",
    cohere_api_key: str = "",
    run_lightweight_baseline: bool = False,
):
    convs = dsl.importer(artifact_uri=conversations_uri, artifact_class=dsl.Dataset)
    queries = dsl.importer(artifact_uri=queries_uri, artifact_class=dsl.Dataset)
    prompts = dsl.importer(artifact_uri=prompts_uri, artifact_class=dsl.Dataset)

    direct = summarise_conversations(conversations=convs.output)
    tracked = summarise_tracked(conversations=convs.output)

    judge_summaries(conversations=convs.output, summaries=direct.outputs["summaries"])
    judge_with_gemini(summaries=tracked.outputs["summaries"])
    pairwise_eval(conversations=convs.output, a=direct.outputs["summaries"], b=tracked.outputs["summaries"])

    with dsl.ParallelFor(items=["cohere", "voyage"], name="rerankers") as name:
        rerank_eval(queries=queries.output, reranker=name)
    cohere_rerank_eval(queries=queries.output, api_key=cohere_api_key)

    with dsl.ParallelFor(items=["google", "anthropic", "openai", "cohere"], parallelism=2) as provider:
        batch = run_prompt_batch(prompts=prompts.output, provider=provider, mode="direct")
        llm_eval_harness(answers=batch.outputs["answers"], provider=provider, model="default")

    with dsl.If(run_lightweight_baseline == True):  # noqa: E712
        claude_summarise(project=project, region=claude_region, conversations=convs.output)
