"""Evaluation dataflow: LLM-as-judge plus cheap lexical metrics."""
