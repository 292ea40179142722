"""Flyte wrappers around the legacy modules."""
from typing import Dict, List

from flytekit import ImageSpec, Secret, task, workflow

from labelling_flows.legacy import old_labeller
from labelling_flows.legacy.fireworks_summaries import summarise_threads
from labelling_flows.secrets import ANTHROPIC_SECRET, FIREWORKS_SECRET, OPENAI_SECRET

legacy_image = ImageSpec(
    name="labelling-legacy",
    python_version="3.9",
    registry="ghcr.io/acme-data",
    packages=["flytekit==1.10.3", "openai==0.28.1", "requests", "fireworks-ai==0.9.0"],
)


@task(
    container_image=legacy_image,
    secret_requests=[
        Secret(group=OPENAI_SECRET.group, key=OPENAI_SECRET.key, env_var="OPENAI_API_KEY",
               mount_requirement=Secret.MountType.ENV_VAR),
        Secret(group=ANTHROPIC_SECRET.group, key=ANTHROPIC_SECRET.key, env_var="ANTHROPIC_API_KEY",
               mount_requirement=Secret.MountType.ENV_VAR),
    ],
    retries=1,
)
def legacy_label(records: List[dict]) -> List[dict]:
    return old_labeller.run(records)


@task(container_image=legacy_image, secret_requests=[FIREWORKS_SECRET])
def legacy_thread_summaries(threads: Dict[str, List[dict]]) -> Dict[str, str]:
    return summarise_threads(threads)


@workflow
def legacy_nightly_wf(records: List[dict]) -> List[dict]:
    return legacy_label(records=records)
