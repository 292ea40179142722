"""Packaging for Dataflow workers.

Dataflow stages this package onto every worker via ``--setup_file``; keep the
dependency list in sync with requirements.txt (yes, we know).
"""
import setuptools

REQUIRED = [
    "apache-beam[gcp]>=2.61.0",
    "openai>=1.40",
    "anthropic>=0.39",
    "cohere>=5.11",
    "voyageai>=0.3",
    "google-genai>=1.2",
    "huggingface_hub>=0.26",
    "requests>=2.31",
    "tenacity>=8.2",
]

setuptools.setup(
    name="newsenrich",
    version="0.14.2",
    description="Article enrichment pipelines for the aggregator feed",
    packages=setuptools.find_packages(exclude=("tests", "scripts")),
    install_requires=REQUIRED,
    python_requires=">=3.10",
)
