"""hydra_evals: evaluation + synthetic data generation harness for the research team."""

__version__ = "0.6.2"
