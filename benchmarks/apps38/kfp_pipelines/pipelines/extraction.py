"""Order-data extraction. The legacy (vertexai) branch goes away after Q1."""

from kfp import dsl

from components.lightweight import vertex_gemini_extract
from components.package_components import (
    claude_extract_tracked,
    fill_missing_fields,
    legacy_extract,
    submit_gemini_batch,
)


@dsl.pipeline(name="order-extraction")
def order_extraction_pipeline(project: str, docs_uri: str, engine: str = "claude", location: str = "us-central1"):
    docs = dsl.importer(artifact_uri=docs_uri, artifact_class=dsl.Dataset)
    with dsl.If(engine == "claude"):
        claude_extract_tracked(docs=docs.output, pipeline_run=dsl.PIPELINE_JOB_ID_PLACEHOLDER)
    with dsl.Elif(engine == "vertex-legacy"):
        first = legacy_extract(docs=docs.output)
        fill_missing_fields(extracted=first.outputs["extracted"], docs=docs.output)
    with dsl.Elif(engine == "lightweight"):
        vertex_gemini_extract(project=project, location=location, docs=docs.output)
    with dsl.Else():
        submit_gemini_batch(
            source_table=f"{project}.support.extraction_requests",
            dest_table=f"{project}.support.extraction_results",
        )
