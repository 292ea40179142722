"""Synthetic data generation pipelines (QA, paraphrase, evol-instruct, distillation)."""
