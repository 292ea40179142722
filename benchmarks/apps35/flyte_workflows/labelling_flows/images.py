"""Container images used by the tasks in this project."""
from flytekit import ImageSpec

REGISTRY = "ghcr.io/acme-data"

base_image = ImageSpec(
    name="labelling-base",
    python_version="3.11",
    registry=REGISTRY,
    packages=[
        "flytekit==1.13.8",
        "pandas==2.2.2",
        "pyarrow==16.1.0",
        "tenacity==8.5.0",
    ],
)

llm_image = ImageSpec(
    name="labelling-llm",
    python_version="3.11",
    registry=REGISTRY,
    packages=[
        "flytekit==1.13.8",
        "pandas==2.2.2",
        "pyarrow==16.1.0",
        "tenacity==8.5.0",
        "openai==1.51.2",
        "anthropic==0.36.0",
        "together==1.3.1",
        "fireworks-ai==0.15.4",
        "cohere==5.11.0",
        "google-genai==0.3.0",
        "tiktoken==0.7.0",
        "jinja2==3.1.4",
        "requests==2.32.3",
    ],
    apt_packages=["git"],
    env={"TOKENIZERS_PARALLELISM": "false"},
)

# GPU image kept around for the local re-ranker experiment (not used in prod).
gpu_image = llm_image.with_packages(["sentence-transformers==3.0.1"])
