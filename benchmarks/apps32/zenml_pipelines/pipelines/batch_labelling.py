from __future__ import annotations

from zenml import pipeline
from zenml.config import DockerSettings, ResourceSettings

from config.settings import LabellingConfig
from steps.data_loading import load_tickets
from steps.guardrails import moderate_inputs
from steps.labelling import label_tickets, label_tickets_tracked, merge_labels
from steps.summaries import summarize_by_label
from steps.synthetic import augment_rare_labels

docker = DockerSettings(
    requirements="requirements.txt",
    environment={"PYTHONUNBUFFERED": "1"},
)


@pipeline(settings={"docker": docker, "resources": ResourceSettings(cpu_count=2, memory="4GB")})
def batch_labelling_pipeline(config: LabellingConfig, augment: bool = False, summarize: bool = True):
    tickets = load_tickets(dataset_name=config.dataset_name, limit=config.sample_limit)
    clean = moderate_inputs(tickets)
    if config.use_tracked_service:
        batch = label_tickets_tracked(clean, config)
    else:
        batch = label_tickets(clean, config)
    labelled = merge_labels(clean, batch)
    if augment:
        labelled = augment_rare_labels(labelled)
    if summarize:
        summarize_by_label(labelled)
