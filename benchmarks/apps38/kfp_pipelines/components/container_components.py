"""Container components wrapping the in-house CLIs."""

from kfp import dsl
from kfp.dsl import Dataset, Input, Output

TOOLS_IMAGE = "us-central1-docker.pkg.dev/acme-ml-dev/llm-batch/tools:2024.11"


@dsl.container_component
def chunk_documents(docs: Input[Dataset], chunks: Output[Dataset], chunk_size: int = 800, overlap: int = 100):
    return dsl.ContainerSpec(
        image=TOOLS_IMAGE,
        command=["python", "-m", "tools.chunker"],
        args=[
            "--input", docs.path,
            "--output", chunks.path,
            "--chunk-size", chunk_size,
            "--overlap", overlap,
        ],
    )


@dsl.container_component
def build_vector_index(vectors: Input[Dataset], index_uri: str, dimensions: int):
    return dsl.ContainerSpec(
        image=TOOLS_IMAGE,
        command=["python", "-m", "tools.index_builder"],
        args=["--vectors", vectors.path, "--index-uri", index_uri, "--dimensions", dimensions],
    )


@dsl.container_component
def llm_eval_harness(answers: Input[Dataset], report: Output[Dataset], provider: str, model: str):
    # harness runs its own requests inside the container; costs are logged by the harness
    return dsl.ContainerSpec(
        image="us-central1-docker.pkg.dev/acme-ml-dev/llm-batch/eval-harness:1.4.0",
        command=["eval-harness", "run"],
        args=["--answers", answers.path, "--report", report.path, "--provider", provider, "--model", model],
    )
